package org.vigie.core.series;

import java.util.Objects;

/**
 * A source's estimated house effect: the factor by which its reports exceed the pooled level (1.2 =
 * reports 20 % high). Relative to the consensus of the sources under the default ridge prior, or
 * absolute when one source is anchored as the reference.
 *
 * @param source the source
 * @param biasFactor exp of the posterior mean of its log bias
 * @param low95 lower end of the 95 % interval of the factor
 * @param high95 upper end of the 95 % interval of the factor
 * @param reports reports of this source that entered the pool (echoes excluded)
 * @param fixed true when the factor was given (an anchor or a known bias), not estimated
 */
public record SourceBias(
    String source, double biasFactor, double low95, double high95, int reports, boolean fixed) {

  public SourceBias {
    Objects.requireNonNull(source, "source");
    if (!(low95 <= biasFactor && biasFactor <= high95)) {
      throw new IllegalArgumentException(
          "interval " + low95 + ".." + high95 + " does not hold " + biasFactor + " for " + source);
    }
    if (reports < 0) {
      throw new IllegalArgumentException("reports must be ≥ 0, got " + reports);
    }
  }
}
