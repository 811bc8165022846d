package org.vigie.core.series;

import java.util.Objects;
import org.vigie.core.series.stats.Normal;

/**
 * What the pool predicted for one report from the reports before it (one step ahead, on ln N): a
 * mixture of Gaussians, one component per regime (no jump, jump), or a single Gaussian. Comparing
 * each report with its forecast is the calibration backtest: a model whose 95 % bands hold 95 % of
 * the reports that came next is honestly wide.
 *
 * @param report the report that was predicted
 * @param weights the regimes' probabilities before the report (summing to 1)
 * @param means the predicted ln of the report's figure in each regime (level plus the source's
 *     house effect)
 * @param variances the predictive variance of ln figure in each regime (state and report noise)
 */
public record Forecast(Observation report, double[] weights, double[] means, double[] variances) {

  public Forecast {
    Objects.requireNonNull(report, "report");
    weights = weights.clone();
    means = means.clone();
    variances = variances.clone();
    if (weights.length == 0
        || weights.length != variances.length
        || weights.length != means.length) {
      throw new IllegalArgumentException(
          weights.length
              + " weights for "
              + means.length
              + " means, "
              + variances.length
              + " variances");
    }
  }

  /** A single Gaussian forecast. */
  public static Forecast gaussian(Observation report, double mean, double variance) {
    return new Forecast(report, new double[] {1}, new double[] {mean}, new double[] {variance});
  }

  /** The predictive probability that ln figure falls at or below {@code y}. */
  public double cdf(double y) {
    double p = 0;
    for (int i = 0; i < weights.length; i++) {
      p += weights[i] * Normal.cdf((y - means[i]) / Math.sqrt(variances[i]));
    }
    return p;
  }

  /** The log predictive density of ln figure at {@code y}. */
  public double logDensity(double y) {
    double d = 0;
    for (int i = 0; i < weights.length; i++) {
      double sd = Math.sqrt(variances[i]);
      d += weights[i] * Normal.pdf((y - means[i]) / sd) / sd;
    }
    return Math.log(d);
  }

  /** Whether the report's figure lies in the central {@code share} of the forecast (0.5, 0.95). */
  public boolean covers(double share) {
    double u = cdf(Math.log(report.figure()));
    return u >= (1 - share) / 2 && u <= (1 + share) / 2;
  }

  /** The log score of the report's figure: higher is better. */
  public double logScore() {
    return logDensity(Math.log(report.figure()));
  }
}
