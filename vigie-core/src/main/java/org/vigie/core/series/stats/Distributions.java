package org.vigie.core.series.stats;

/**
 * Student t, χ² with one degree of freedom and binomial tails, plus the log-gamma and regularised
 * incomplete beta functions they rest on (Lanczos approximation, g = 7; Lentz continued fraction).
 */
public final class Distributions {

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private Distributions() {}

  /** ln Γ(x) for x > 0. */
  public static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
    }
    if (x < 0.5) {
      // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1.0 - x);
    }
    double z = x - 1.0;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /** The regularised incomplete beta function I_x(a, b), for 0 ≤ x ≤ 1 and a, b > 0. */
  public static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0.0;
    }
    if (x >= 1) {
      return 1.0;
    }
    double logFront =
        logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    // The fraction converges fast for x < (a+1)/(a+b+2); use the symmetry I_x(a,b) = 1 −
    // I_{1−x}(b,a).
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(logFront) * betaFraction(x, a, b) / a;
    }
    return 1.0 - Math.exp(logFront) * betaFraction(1 - x, b, a) / b;
  }

  private static double betaFraction(double x, double a, double b) {
    double tiny = 1e-300;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1);
    d = Math.abs(d) < tiny ? 1.0 / tiny : 1.0 / d;
    double f = d;
    for (int m = 1; m < 10_000; m++) {
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1.0 + even * d;
      d = Math.abs(d) < tiny ? 1.0 / tiny : 1.0 / d;
      c = 1.0 + even / c;
      c = Math.abs(c) < tiny ? tiny : c;
      f *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1.0 + odd * d;
      d = Math.abs(d) < tiny ? 1.0 / tiny : 1.0 / d;
      c = 1.0 + odd / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double delta = d * c;
      f *= delta;
      if (Math.abs(delta - 1.0) < 1e-15) {
        break;
      }
    }
    return f;
  }

  /** P(T > t) for Student's t with {@code df} degrees of freedom. */
  public static double studentUpperTail(double t, double df) {
    if (!(df > 0)) {
      throw new IllegalArgumentException("degrees of freedom must be > 0, got " + df);
    }
    if (Double.isNaN(t)) {
      return Double.NaN;
    }
    double half = 0.5 * regularizedBeta(df / (df + t * t), 0.5 * df, 0.5);
    return t >= 0 ? half : 1.0 - half;
  }

  /** Two-sided P(|T| > |t|) for Student's t. */
  public static double studentTwoSided(double t, double df) {
    return Math.min(1.0, 2.0 * studentUpperTail(Math.abs(t), df));
  }

  /** P(X > q) for χ² with one degree of freedom. */
  public static double chiSquare1UpperTail(double q) {
    return q <= 0 ? 1.0 : Normal.erfc(Math.sqrt(0.5 * q));
  }

  /** P(X ≥ k) for X ~ Binomial(n, ½), summed exactly. */
  public static double binomialHalfUpperTail(int k, int n) {
    if (k <= 0) {
      return 1.0;
    }
    double total = 0.0;
    for (int j = k; j <= n; j++) {
      total += binomialTerm(n, j, 0.5);
    }
    return Math.min(1.0, total);
  }

  /** P(Beta(a, b) > x) for integer a, b ≥ 1, as P(Binomial(a+b−1, x) ≤ a−1). */
  public static double betaUpperTail(int a, int b, double x) {
    if (a < 1 || b < 1 || !(x > 0 && x < 1)) {
      throw new IllegalArgumentException("need a, b ≥ 1 and 0 < x < 1: " + a + ", " + b + ", " + x);
    }
    int n = a + b - 1;
    double total = 0.0;
    for (int j = 0; j <= a - 1; j++) {
      total += binomialTerm(n, j, x);
    }
    return Math.min(1.0, total);
  }

  /** C(n, j)·pʲ·(1−p)ⁿ⁻ʲ; the coefficient by exact products while it fits, else by log-gamma. */
  private static double binomialTerm(int n, int j, double p) {
    if (n <= 1000) {
      double c = 1.0;
      for (int i = 1; i <= j; i++) {
        c = c * (n - j + i) / i;
      }
      return c * Math.pow(p, j) * Math.pow(1 - p, n - j);
    }
    double logChoose = logGamma(n + 1.0) - logGamma(j + 1.0) - logGamma(n - j + 1.0);
    return Math.exp(logChoose + j * Math.log(p) + (n - j) * Math.log1p(-p));
  }
}
