package org.vigie.core.series.pool;

import java.time.LocalDate;
import java.util.List;
import org.vigie.core.series.Jumps;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;

/**
 * Fits the drift and the jumps of the level (q, the jump sd and rate) by their posterior mode: the
 * marginal likelihood of the reports times weak priors, over a grid. The priors keep a short series
 * from choosing an extreme: log-normal around a drift of 0.001 per day (3 % a day at one sd), jumps
 * of sd 0.7 (a factor of 2) about every 60 days, each a factor of e to e² wide at one sd.
 *
 * <p>The report noise is fitted with them, around the settings' default (a factor of e^0.5 at one
 * sd).
 *
 * <p>Each parameter's support is the range of grid values whose best posterior lies within 2 log
 * units of the mode (a likelihood interval of about 95 % for one parameter): a wide range says the
 * reports do not pin it down.
 */
public final class JumpFit {

  static final double[] Q = {1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2};
  static final double[] JUMP_SD = {0.25, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0};
  static final double[] JUMPS_PER_DAY = {
    1 / 720.0, 1 / 360.0, 1 / 180.0, 1 / 90.0, 1 / 45.0, 1 / 20.0
  };
  static final double[] NOISE_SD = {0.08, 0.12, 0.17, 0.25, 0.35};

  /** A parameter's value at the mode and its 2-log-unit support on the grid. */
  public record Estimate(double value, double low, double high) {}

  /**
   * The fitted model.
   *
   * @param settings the settings with the fitted q, jumps and report noise
   * @param q the drift per day
   * @param jumpSd the sd of one jump in ln N
   * @param jumpsPerDay the jump rate
   * @param noiseSd the log noise sd of a report
   * @param logPosterior the log-likelihood plus log-priors at the mode
   */
  public record Fit(
      PoolSettings settings,
      Estimate q,
      Estimate jumpSd,
      Estimate jumpsPerDay,
      Estimate noiseSd,
      double logPosterior) {}

  private JumpFit() {}

  public static Fit fit(List<Observation> reports, PoolSettings base) {
    List<LocalDate> grid =
        List.of(reports.stream().map(Observation::asOf).min(LocalDate::compareTo).orElseThrow());
    double[][] axes = {Q, JUMP_SD, JUMPS_PER_DAY, NOISE_SD};
    int points = Q.length * JUMP_SD.length * JUMPS_PER_DAY.length * NOISE_SD.length;
    double[] posterior = new double[points];
    int best = 0;
    for (int p = 0; p < points; p++) {
      int[] at = coordinates(p, axes);
      posterior[p] =
          KalmanPool.pool(reports, grid, settings(base, axes, at)).logLikelihood()
              + logPrior(Q[at[0]], 1e-3, 1.0)
              + logPrior(JUMP_SD[at[1]], 0.7, 1.0)
              + logPrior(JUMPS_PER_DAY[at[2]], 1 / 60.0, 1.0)
              + logPrior(NOISE_SD[at[3]], base.defaultNoiseSd(), 0.5);
      if (posterior[p] > posterior[best]) {
        best = p;
      }
    }
    int[] mode = coordinates(best, axes);
    return new Fit(
        settings(base, axes, mode),
        support(posterior, axes, 0, mode, posterior[best]),
        support(posterior, axes, 1, mode, posterior[best]),
        support(posterior, axes, 2, mode, posterior[best]),
        support(posterior, axes, 3, mode, posterior[best]),
        posterior[best]);
  }

  private static PoolSettings settings(PoolSettings base, double[][] axes, int[] at) {
    return base.withQPerDay(axes[0][at[0]])
        .withJumps(new Jumps(axes[1][at[1]], axes[2][at[2]]))
        .withDefaultNoiseSd(axes[3][at[3]]);
  }

  /** The grid indexes of point {@code p}, the last axis fastest. */
  private static int[] coordinates(int p, double[][] axes) {
    int[] at = new int[axes.length];
    for (int a = axes.length - 1; a >= 0; a--) {
      at[a] = p % axes[a].length;
      p /= axes[a].length;
    }
    return at;
  }

  /** A log-normal log-density, up to its constant: log x ~ N(log median, sdLog²). */
  private static double logPrior(double x, double median, double sdLog) {
    double z = (Math.log(x) - Math.log(median)) / sdLog;
    return -0.5 * z * z;
  }

  /** The values of one axis whose best posterior (over the other axes) is within 2 of the mode. */
  private static Estimate support(
      double[] posterior, double[][] axes, int axis, int[] mode, double max) {
    double low = axes[axis][mode[axis]];
    double high = low;
    for (int p = 0; p < posterior.length; p++) {
      if (posterior[p] >= max - 2) {
        double v = axes[axis][coordinates(p, axes)[axis]];
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    return new Estimate(axes[axis][mode[axis]], low, high);
  }
}
