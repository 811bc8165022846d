package org.vigie.core.ach;

import java.util.List;
import java.util.Objects;

/**
 * How well one item of evidence tells the hypotheses apart.
 *
 * @param evidenceId the row
 * @param maxLikelihoodRatio max over hypothesis pairs of P(E|Hj)/P(E|Hk), 1 when the row cannot
 *     discriminate (NA counted as N)
 * @param weightOfEvidence ln of that ratio, in nats
 * @param sd population standard deviation of the ranks (II=1 … CC=5, NA=3) across hypotheses, as
 *     Open Synthesis computes diagnosticity
 */
public record Diagnosticity(
    String evidenceId, double maxLikelihoodRatio, double weightOfEvidence, double sd) {

  /**
   * Below this likelihood ratio a row is called non-diagnostic [design default]: it lets a C-vs-N
   * row (1.6) or a CC-vs-C row (1.19) through as non-diagnostic, while any I against N (2.5)
   * counts.
   */
  public static final double DIAGNOSTIC_RATIO = 2.0;

  public Diagnosticity {
    Objects.requireNonNull(evidenceId, "evidenceId");
  }

  /** The diagnosticity of one row. */
  public static Diagnosticity of(Evidence e) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    double mean = 0;
    for (Rating r : e.ratings()) {
      min = Math.min(min, r.likelihood());
      max = Math.max(max, r.likelihood());
      mean += r.rank();
    }
    int n = e.ratings().size();
    mean /= n;
    double ss = 0;
    for (Rating r : e.ratings()) {
      ss += (r.rank() - mean) * (r.rank() - mean);
    }
    double ratio = max / min;
    return new Diagnosticity(e.id(), ratio, Math.log(ratio), Math.sqrt(ss / n));
  }

  /** The diagnosticity of every row, in row order. */
  public static List<Diagnosticity> of(Matrix m) {
    return m.evidence().stream().map(Diagnosticity::of).toList();
  }

  /** Whether the row barely discriminates (ratio below {@link #DIAGNOSTIC_RATIO}). */
  public boolean isDiagnostic() {
    return maxLikelihoodRatio >= DIAGNOSTIC_RATIO;
  }
}
