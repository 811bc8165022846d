package org.vigie.core.series.revision;

import java.util.List;
import java.util.Objects;

/**
 * A source's deviations from the consensus, d_k = ln(figure_k / consensus_k), and the revision
 * tests on their changes Δd_k (methods §2.2). {@code meanDeviation} is the level bias (exp of it:
 * the factor by which the source sits above the others); {@code slope} is the least-squares slope
 * of d on the report index k (per report): positive when the source converges upward.
 *
 * @param deviations d_k, in report order
 * @param meanDeviation mean of d
 * @param slope OLS slope of d_k on k (NaN with fewer than 2 reports)
 * @param stats revision tests on Δd
 */
public record ConsensusDeviation(
    List<Double> deviations, double meanDeviation, double slope, RevisionStats stats) {

  public ConsensusDeviation {
    deviations = List.copyOf(deviations);
    Objects.requireNonNull(stats, "stats");
  }

  /** Deviations of {@code figures} from {@code consensus}, both on the natural scale. */
  public static ConsensusDeviation of(double[] figures, double[] consensus) {
    if (figures.length != consensus.length) {
      throw new IllegalArgumentException(
          figures.length + " figures but " + consensus.length + " consensus values");
    }
    int n = figures.length;
    double[] d = new double[n];
    for (int k = 0; k < n; k++) {
      d[k] = Math.log(figures[k] / consensus[k]);
    }
    double[] changes = new double[Math.max(n - 1, 0)];
    for (int k = 1; k < n; k++) {
      changes[k - 1] = d[k] - d[k - 1];
    }
    return new ConsensusDeviation(
        java.util.Arrays.stream(d).boxed().toList(),
        n == 0 ? Double.NaN : java.util.Arrays.stream(d).average().orElseThrow(),
        slope(d),
        RevisionTests.ofRevisions(changes));
  }

  private static double slope(double[] d) {
    int n = d.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mk = (n - 1) / 2.0;
    double md = java.util.Arrays.stream(d).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (int k = 0; k < n; k++) {
      sxy += (k - mk) * (d[k] - md);
      sxx += (k - mk) * (k - mk);
    }
    return sxy / sxx;
  }
}
