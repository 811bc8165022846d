package org.vigie.core.series.pool;

import java.util.Locale;
import org.vigie.core.series.Observation;

/**
 * Folds one report into the state with observation row h = e₀ + e_s (level plus the source's house
 * effect): the ordinary Kalman update for a point, the moment-matched truncated-normal update
 * ({@link IntervalUpdate}) for an interval or a bound. A report further than {@code threshold} sd
 * from the prediction (for a range: from its nearer end) has its noise variance multiplied by v²/S,
 * so one wild figure cannot drag the level (methods §1.2, robustness).
 */
final class ReportUpdate {

  /** The report's log-likelihood contribution, and a note when it was down-weighted. */
  record Outcome(double logLikelihood, String note) {}

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
    double s = hph + r;
    String note = null;
    if (gap * gap > threshold * threshold * s) {
      double factor = gap * gap / s;
      note =
          String.format(
              Locale.ROOT,
              "outlier (%.1f sd from the prediction): noise variance ×%.1f",
              gap / Math.sqrt(s),
              factor);
      s = hph + r * factor;
    }
    double shift;
    double shrink;
    double logLikelihood;
    if (report.kind().isCensored()) {
      IntervalUpdate.Moments z = IntervalUpdate.truncated(mu, s, lo, hi);
      shift = (z.mean() - mu) / s;
      shrink = (s - z.variance()) / (s * s);
      logLikelihood = z.logZ();
    } else {
      double v = lo - mu;
      shift = v / s;
      shrink = 1.0 / s;
      logLikelihood = -0.5 * (Math.log(2 * Math.PI * s) + v * v / s);
    }
    for (int i = 0; i < ph.length; i++) {
      state.mean[i] += ph[i] * shift;
      for (int j = 0; j < ph.length; j++) {
        state.cov[i][j] -= ph[i] * ph[j] * shrink;
      }
    }
    return new Outcome(logLikelihood, note);
  }
}
