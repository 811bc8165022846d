package org.vigie.core.series.pool;

import java.time.LocalDate;
import java.util.List;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;

/**
 * Chooses the random-walk variance q of ln N per day by maximum likelihood (methods §1.4: the
 * prediction-error likelihood, with ln Z for censored reports): a scan of a log grid over [{@link
 * #MIN_Q}, {@link #MAX_Q}], then golden-section refinement around the best point. The likelihood is
 * computed with the outlier inflation off, so that calling a genuine step an outlier is not
 * rewarded; the pool itself then runs with it on.
 *
 * <p>Why estimate: one q cannot suit both a deployment that jumps from 3,000 to 10,000 in a week
 * and a cumulative count of shells that grows over two years; each series says which it is.
 */
public final class QEstimate {

  /** Lower end of the search: a 1-sd drift of 1 % a day. */
  public static final double MIN_Q = 1e-4;

  /** Upper end of the search: a 1-sd drift of 32 % a day. */
  public static final double MAX_Q = 0.1;

  private static final int GRID = 16;

  private static final int REFINEMENTS = 30;

  /**
   * The fitted q.
   *
   * @param qPerDay the q that maximises the likelihood
   * @param logLikelihood the likelihood there
   * @param atBound true when the maximum is at an end of the search range (then the data do not pin
   *     q down, and the bound is what was used)
   */
  public record Fit(double qPerDay, double logLikelihood, boolean atBound) {}

  private QEstimate() {}

  public static Fit maximumLikelihood(List<Observation> reports, PoolSettings settings) {
    PoolSettings plain = settings;
    List<LocalDate> grid =
        List.of(reports.stream().map(Observation::asOf).min(LocalDate::compareTo).orElseThrow());
    double lo = Math.log(MIN_Q);
    double step = (Math.log(MAX_Q) - lo) / (GRID - 1);
    int best = 0;
    double bestLl = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < GRID; i++) {
      double ll = logLikelihood(reports, grid, plain, lo + i * step);
      if (ll > bestLl) {
        best = i;
        bestLl = ll;
      }
    }
    double a = lo + Math.max(best - 1, 0) * step;
    double b = lo + Math.min(best + 1, GRID - 1) * step;
    double phi = (Math.sqrt(5) - 1) / 2;
    for (int k = 0; k < REFINEMENTS; k++) {
      double c = b - phi * (b - a);
      double d = a + phi * (b - a);
      if (logLikelihood(reports, grid, plain, c) >= logLikelihood(reports, grid, plain, d)) {
        b = d;
      } else {
        a = c;
      }
    }
    double logQ = 0.5 * (a + b);
    double ll = logLikelihood(reports, grid, plain, logQ);
    if (bestLl > ll) {
      logQ = lo + best * step;
      ll = bestLl;
    }
    boolean atBound = best == 0 || best == GRID - 1;
    return new Fit(Math.exp(logQ), ll, atBound);
  }

  private static double logLikelihood(
      List<Observation> reports, List<LocalDate> grid, PoolSettings settings, double logQ) {
    return KalmanPool.pool(reports, grid, settings.withQPerDay(Math.exp(logQ))).logLikelihood();
  }
}
