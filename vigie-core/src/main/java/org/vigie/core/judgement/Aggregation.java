package org.vigie.core.judgement;

/**
 * Pooling the probabilities several analysts give to one event (methods.md §4.1).
 *
 * <p>Default: the plain log-odds mean (a = 1). Extremise (a &gt; 1, capped at 2.5) only when the
 * analysts hold different information; analysts echoing the same reporting should not be.
 */
public final class Aggregation {

  /**
   * Probabilities are clipped to [0.01, 0.99] before taking log-odds, so one 0 or 1 cannot rule.
   */
  public static final double CLIP = 0.01;

  /** Largest extremising exponent methods.md recommends fitting. */
  public static final double MAX_EXTREMISING = 2.5;

  private Aggregation() {}

  /** Natural log-odds, ln(p / (1 − p)). */
  public static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /** Inverse of {@link #logit}: 1 / (1 + e^−x). */
  public static double expit(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** Equal-weight linear pool: the mean probability. */
  public static double linearPool(double... p) {
    double[] w = new double[p.length];
    java.util.Arrays.fill(w, 1.0);
    return linearPool(p, w);
  }

  /** Weighted linear pool Σ wᵢpᵢ / Σ wᵢ; weights must be non-negative and not all zero. */
  public static double linearPool(double[] p, double[] weights) {
    requireProbabilities(p);
    if (weights.length != p.length) {
      throw new IllegalArgumentException(
          "weights: " + weights.length + " given for " + p.length + " probabilities");
    }
    double sum = 0;
    double total = 0;
    for (int i = 0; i < p.length; i++) {
      if (!(weights[i] >= 0)) {
        throw new IllegalArgumentException("weight " + i + " is negative: " + weights[i]);
      }
      sum += weights[i] * p[i];
      total += weights[i];
    }
    if (total == 0) {
      throw new IllegalArgumentException("weights are all zero");
    }
    return sum / total;
  }

  /** Log-odds mean (the geometric mean of the odds), probabilities clipped to [0.01, 0.99]. */
  public static double logOddsMean(double... p) {
    return extremized(1.0, p);
  }

  /** Extremised log-odds mean: logit p̂ = a · mean logit pᵢ (Satopää et al. 2014), a ≥ 1. */
  public static double extremized(double a, double... p) {
    requireProbabilities(p);
    if (!(a > 0)) {
      throw new IllegalArgumentException("extremising exponent must be positive: " + a);
    }
    double sum = 0;
    for (double pi : p) {
      sum += logit(Math.min(1 - CLIP, Math.max(CLIP, pi)));
    }
    return expit(a * sum / p.length);
  }

  /** Baron et al. (2014) transform of one (already pooled) probability: pᵃ / (pᵃ + (1 − p)ᵃ). */
  public static double baronTransform(double p, double a) {
    requireProbabilities(p);
    double pa = Math.pow(p, a);
    return pa / (pa + Math.pow(1 - p, a));
  }

  static void requireProbabilities(double... p) {
    if (p.length == 0) {
      throw new IllegalArgumentException("no probabilities given");
    }
    for (double pi : p) {
      if (!(pi >= 0 && pi <= 1)) {
        throw new IllegalArgumentException("not a probability: " + pi);
      }
    }
  }
}
