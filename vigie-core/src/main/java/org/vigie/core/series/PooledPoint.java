package org.vigie.core.series;

import java.time.LocalDate;
import java.util.Objects;
import org.vigie.core.series.stats.Normal;

/**
 * The pooled estimate on one grid date, on the natural scale. The model is Gaussian on ln N, so
 * {@code median = exp(mean)} (not the mean of N) and the bands are exp(mean ± z·sd).
 *
 * @param date grid date
 * @param median exp of the posterior mean of ln N
 * @param low50 lower end of the central 50 % band
 * @param high50 upper end of the central 50 % band
 * @param low95 lower end of the central 95 % band
 * @param high95 upper end of the central 95 % band
 * @param sdLog posterior standard deviation of ln N
 */
public record PooledPoint(
    LocalDate date,
    double median,
    double low50,
    double high50,
    double low95,
    double high95,
    double sdLog) {

  public PooledPoint {
    Objects.requireNonNull(date, "date");
    if (!(low95 <= low50 && low50 <= median && median <= high50 && high50 <= high95)) {
      throw new IllegalArgumentException(
          "bands out of order on " + date + ": " + low95 + " " + low50 + " " + median);
    }
  }

  /** The point for a Gaussian posterior N(mean, variance) on ln N. */
  public static PooledPoint fromLog(LocalDate date, double mean, double variance) {
    double sd = Math.sqrt(Math.max(variance, 0.0));
    return new PooledPoint(
        date,
        Math.exp(mean),
        Math.exp(mean - Normal.Z50 * sd),
        Math.exp(mean + Normal.Z50 * sd),
        Math.exp(mean - Normal.Z95 * sd),
        Math.exp(mean + Normal.Z95 * sd),
        sd);
  }
}
