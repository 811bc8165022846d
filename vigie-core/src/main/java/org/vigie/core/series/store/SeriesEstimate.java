package org.vigie.core.series.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vigie.core.series.Grid;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolResult;
import org.vigie.core.series.PoolSettings;
import org.vigie.core.series.pool.KalmanPool;
import org.vigie.core.series.pool.QEstimate;
import org.vigie.core.series.revision.RevisionAnalysis;
import org.vigie.core.series.revision.SourceRevisions;

/**
 * The pooled estimate of a series' members and each source's revision tests, with the default model
 * and q fitted by maximum likelihood (as {@code vigie pool} does without options).
 *
 * @param reports the observations pooled
 * @param pool the pooled estimate on the grid, and the house effects
 * @param qSource how q was chosen: "maximum likelihood" or "at search bound"
 * @param revisions per source and basis
 */
public record SeriesEstimate(
    List<Observation> reports, PoolResult pool, String qSource, List<SourceRevisions> revisions) {

  public SeriesEstimate {
    reports = List.copyOf(reports);
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(qSource, "qSource");
    revisions = List.copyOf(revisions);
  }

  /**
   * Pools {@code reports} on {@code grid}.
   *
   * @throws IllegalArgumentException when there is no report
   */
  public static SeriesEstimate of(List<Observation> reports, Grid grid) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("no report to pool");
    }
    PoolSettings defaults = PoolSettings.defaults();
    QEstimate.Fit fit = QEstimate.maximumLikelihood(reports, defaults);
    PoolSettings settings = defaults.withQPerDay(fit.qPerDay());
    LocalDate first = reports.stream().map(Observation::asOf).min(LocalDate::compareTo).get();
    LocalDate last = reports.stream().map(Observation::asOf).max(LocalDate::compareTo).get();
    PoolResult pool = KalmanPool.pool(reports, grid.covering(first, last), settings);
    return new SeriesEstimate(
        reports,
        pool,
        fit.atBound() ? "at search bound" : "maximum likelihood",
        RevisionAnalysis.analyse(reports, settings));
  }
}
