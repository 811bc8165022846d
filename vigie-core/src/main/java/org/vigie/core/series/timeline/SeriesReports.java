package org.vigie.core.series.timeline;

import java.util.List;
import java.util.Objects;
import org.vigie.core.series.Observation;

/**
 * The reports of one series read from a timeline: the observations, the rows skipped with their
 * reasons, and the unit most rows give.
 *
 * @param name the series (quantity) name
 * @param unit the most frequent unit among its rows, e.g. "troops"
 * @param observations one per usable row, in file order
 * @param skipped rows that could not be used
 */
public record SeriesReports(
    String name, String unit, List<Observation> observations, List<SkippedRow> skipped) {
  public SeriesReports {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    observations = List.copyOf(observations);
    skipped = List.copyOf(skipped);
  }
}
