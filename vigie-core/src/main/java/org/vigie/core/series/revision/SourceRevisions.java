package org.vigie.core.series.revision;

import java.util.Objects;

/**
 * One source's revision tests on one basis, with its false-discovery-adjusted q and its flag.
 *
 * @param source the source
 * @param basis fixed-target revisions or deviations from the leave-one-out consensus
 * @param reports figures the tests used (echoes removed, unchanged repeats kept as zero revisions)
 * @param stats the tests
 * @param meanDeviation mean log deviation from the consensus (NaN for fixed-target)
 * @param deviationSlope slope of the log deviation per report (NaN for fixed-target)
 * @param q Benjamini–Hochberg-adjusted two-sided sign p (NaN when not tested)
 * @param flag the reading
 * @param note why a basis could not be computed, or empty
 */
public record SourceRevisions(
    String source,
    Basis basis,
    int reports,
    RevisionStats stats,
    double meanDeviation,
    double deviationSlope,
    double q,
    Flag flag,
    String note) {

  public SourceRevisions {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(note, "note");
  }

  SourceRevisions withReading(double qValue, Flag reading) {
    return new SourceRevisions(
        source, basis, reports, stats, meanDeviation, deviationSlope, qValue, reading, note);
  }
}
