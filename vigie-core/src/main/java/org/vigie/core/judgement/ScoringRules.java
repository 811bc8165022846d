package org.vigie.core.judgement;

/**
 * Scoring probability forecasts of binary events against what happened (methods.md §4.2). Lower is
 * better for the Brier and log scores; the skill score is 1 for perfect, 0 for no better than
 * always forecasting the base rate.
 */
public final class ScoringRules {

  /** Forecasts are clipped to [ε, 1 − ε] in the log score, so a confident miss costs ln 1000. */
  public static final double LOG_SCORE_EPSILON = 0.001;

  private ScoringRules() {}

  /** Binary Brier score: mean of (fᵢ − oᵢ)², 0 best, 0.25 for always saying 0.5. */
  public static double brier(double[] forecasts, boolean[] outcomes) {
    requireSameLength(forecasts, outcomes);
    double sum = 0;
    for (int i = 0; i < forecasts.length; i++) {
      double d = forecasts[i] - (outcomes[i] ? 1 : 0);
      sum += d * d;
    }
    return sum / forecasts.length;
  }

  /** Log score in nats: −mean[oᵢ ln fᵢ + (1 − oᵢ) ln(1 − fᵢ)], f clipped by ε = 0.001. */
  public static double logScore(double[] forecasts, boolean[] outcomes) {
    requireSameLength(forecasts, outcomes);
    double sum = 0;
    for (int i = 0; i < forecasts.length; i++) {
      double f = Math.min(1 - LOG_SCORE_EPSILON, Math.max(LOG_SCORE_EPSILON, forecasts[i]));
      sum += Math.log(outcomes[i] ? f : 1 - f);
    }
    return -sum / forecasts.length;
  }

  /** Brier skill score against climatology, i.e. always forecasting the sample base rate ō. */
  public static double brierSkillScore(double[] forecasts, boolean[] outcomes) {
    double base = baseRate(outcomes);
    return brierSkillScore(forecasts, outcomes, base * (1 - base));
  }

  /** Brier skill score 1 − BS / BS_reference. */
  public static double brierSkillScore(
      double[] forecasts, boolean[] outcomes, double referenceBrier) {
    if (!(referenceBrier > 0)) {
      throw new IllegalArgumentException(
          "reference Brier score must be positive (outcomes all alike?): " + referenceBrier);
    }
    return 1 - brier(forecasts, outcomes) / referenceBrier;
  }

  /**
   * Murphy's decomposition BS ≈ REL − RES + UNC over bins [e₀, e₁), [e₁, e₂) … [eₖ₋₁, eₖ] (the last
   * one closed). Exact only when forecasts are constant within bins.
   */
  public static MurphyDecomposition murphy(double[] forecasts, boolean[] outcomes, double[] edges) {
    requireSameLength(forecasts, outcomes);
    int bins = edges.length - 1;
    double[] n = new double[bins];
    double[] fSum = new double[bins];
    double[] oSum = new double[bins];
    for (int i = 0; i < forecasts.length; i++) {
      int k = bin(forecasts[i], edges);
      n[k]++;
      fSum[k] += forecasts[i];
      oSum[k] += outcomes[i] ? 1 : 0;
    }
    double base = baseRate(outcomes);
    double rel = 0;
    double res = 0;
    for (int k = 0; k < bins; k++) {
      if (n[k] > 0) {
        rel += n[k] * Math.pow(fSum[k] / n[k] - oSum[k] / n[k], 2);
        res += n[k] * Math.pow(oSum[k] / n[k] - base, 2);
      }
    }
    int total = forecasts.length;
    return new MurphyDecomposition(rel / total, res / total, base * (1 - base));
  }

  private static int bin(double f, double[] edges) {
    for (int k = edges.length - 2; k >= 0; k--) {
      if (f >= edges[k]) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "forecast " + f + " is below the first bin edge " + edges[0]);
  }

  private static double baseRate(boolean[] outcomes) {
    double hits = 0;
    for (boolean o : outcomes) {
      hits += o ? 1 : 0;
    }
    return hits / outcomes.length;
  }

  private static void requireSameLength(double[] forecasts, boolean[] outcomes) {
    if (forecasts.length == 0 || forecasts.length != outcomes.length) {
      throw new IllegalArgumentException(
          forecasts.length + " forecasts for " + outcomes.length + " outcomes");
    }
    Aggregation.requireProbabilities(forecasts);
  }
}
