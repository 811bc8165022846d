package org.vigie.core.series.pool;

import java.util.Locale;
import org.vigie.core.series.Observation;

/**
 * Folds one report into the state with observation row h = e₀ + e_s (level plus the source's house
 * effect): the ordinary Kalman update for a point, the moment-matched truncated-normal update
 * ({@link IntervalUpdate}) for an interval or a bound. A report further than {@code threshold} sd
 * from the prediction (for a range: from its nearer end) has its noise variance multiplied by v²/S,
 * so one wild figure cannot drag the level (methods §1.2, robustness).
 *
 * <p>The log-likelihood is Gaussian (ln Z for a range) up to {@code threshold} sd and declines
 * linearly beyond, as Huber's least-favourable density does. Scoring an inflated report with its
 * inflated variance would instead reward a small q that calls every step an outlier, and scoring it
 * as Gaussian would let one stray figure force a large q (see {@link QEstimate}).
 */
final class ReportUpdate {

  /**
   * The report's log-likelihood contribution, a note when it was down-weighted, and what the state
   * predicted of its ln figure before the update (mean, and variance with the report's noise).
   */
  record Outcome(
      double logLikelihood, String note, double predictedMean, double predictedVariance) {}

  private ReportUpdate() {}

  static Outcome apply(
      GaussianState state,
      Observation report,
      int biasIndex,
      double offset,
      double r,
      double threshold) {
    double[] ph = new double[state.dimension()];
    for (int j = 0; j < ph.length; j++) {
      ph[j] = state.cov[j][0] + (biasIndex >= 0 ? state.cov[j][biasIndex] : 0.0);
    }
    double hph = ph[0] + (biasIndex >= 0 ? ph[biasIndex] : 0.0);
    double mu = state.mean[0] + (biasIndex >= 0 ? state.mean[biasIndex] : offset);
    double lo = report.low() > 0 ? Math.log(report.low()) : Double.NEGATIVE_INFINITY;
    double hi = Math.log(report.high());
    double gap = mu < lo ? lo - mu : mu > hi ? mu - hi : 0.0;
    double s0 = hph + r;
    double z0 = gap / Math.sqrt(s0);
    boolean outlier = z0 > threshold;
    double s = outlier ? hph + r * z0 * z0 : s0;
    double shift;
    double shrink;
    double logLikelihood;
    if (report.kind().isCensored()) {
      IntervalUpdate.Moments z = IntervalUpdate.truncated(mu, s, lo, hi);
      shift = (z.mean() - mu) / s;
      shrink = (s - z.variance()) / (s * s);
      logLikelihood =
          outlier
              ? IntervalUpdate.truncated(mu, gap * gap / (threshold * threshold), lo, hi).logZ()
                  - threshold * (z0 - threshold)
              : z.logZ();
    } else {
      double v = lo - mu;
      shift = v / s;
      shrink = 1.0 / s;
      logLikelihood =
          -0.5 * Math.log(2 * Math.PI * s0)
              - (outlier ? threshold * z0 - 0.5 * threshold * threshold : 0.5 * z0 * z0);
    }
    for (int i = 0; i < ph.length; i++) {
      state.mean[i] += ph[i] * shift;
      for (int j = 0; j < ph.length; j++) {
        state.cov[i][j] -= ph[i] * ph[j] * shrink;
      }
    }
    String note =
        outlier
            ? String.format(
                Locale.ROOT,
                "outlier (%.1f sd from the prediction): noise variance ×%.1f",
                z0,
                z0 * z0)
            : null;
    return new Outcome(logLikelihood, note, mu, s0);
  }
}
