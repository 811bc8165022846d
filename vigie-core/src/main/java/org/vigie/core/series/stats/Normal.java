package org.vigie.core.series.stats;

/**
 * The standard normal distribution: density, distribution function and its upper tail, accurate to
 * about 1e-14 relative error in both tails (the truncated-normal updates divide tail probabilities,
 * so an absolute-error approximation would not do).
 *
 * <p>{@code erfc} uses the all-positive-terms series for erf below 2 (no cancellation) and the
 * Laplace continued fraction from 2 upward, where it converges in a few dozen terms.
 */
public final class Normal {

  /** The two-sided 95 % quantile, Φ⁻¹(0.975). */
  public static final double Z95 = 1.959963984540054;

  /** The two-sided 50 % quantile, Φ⁻¹(0.75). */
  public static final double Z50 = 0.6744897501960817;

  private static final double SQRT_2 = Math.sqrt(2.0);
  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

  private Normal() {}

  /** φ(x); 0 at ±∞. */
  public static double pdf(double x) {
    return Double.isInfinite(x) ? 0.0 : INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  /** Φ(x) = P(Z ≤ x). */
  public static double cdf(double x) {
    return 0.5 * erfc(-x / SQRT_2);
  }

  /** 1 − Φ(x) = P(Z > x), without the cancellation of computing 1 − cdf(x). */
  public static double upperTail(double x) {
    return 0.5 * erfc(x / SQRT_2);
  }

  /** P(a < Z < b) for a ≤ b (either may be infinite), computed in the tail where it is small. */
  public static double probabilityBetween(double a, double b) {
    if (a > 0) {
      return upperTail(a) - upperTail(b);
    }
    if (b < 0) {
      return cdf(b) - cdf(a);
    }
    return 1.0 - cdf(a) - upperTail(b);
  }

  /** The complementary error function. */
  public static double erfc(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < 0) {
      return 2.0 - erfc(-x);
    }
    if (x < 2.0) {
      return 1.0 - erf(x);
    }
    if (x > 27.0) {
      return 0.0; // exp(-x²) underflows
    }
    return Math.exp(-x * x) / (SQRT_PI * laplaceFraction(x));
  }

  /** erf(x) for 0 ≤ x < 2 by erf(x) = 2/√π·e^(−x²)·Σ (2x²)ⁿ x / (1·3·…·(2n+1)). */
  private static double erf(double x) {
    double twoXSquared = 2.0 * x * x;
    double term = x;
    double sum = x;
    for (int n = 1; n < 200 && term > 1e-17 * sum; n++) {
      term *= twoXSquared / (2 * n + 1);
      sum += term;
    }
    return 2.0 / SQRT_PI * Math.exp(-x * x) * sum;
  }

  /** x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …))), by the modified Lentz method. */
  private static double laplaceFraction(double x) {
    double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0.0;
    for (int n = 1; n < 5000; n++) {
      double a = 0.5 * n;
      d = x + a * d;
      d = Math.abs(d) < tiny ? 1.0 / tiny : 1.0 / d;
      c = x + a / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1.0) < 1e-16) {
        break;
      }
    }
    return f;
  }
}
