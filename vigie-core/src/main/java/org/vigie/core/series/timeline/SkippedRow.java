package org.vigie.core.series.timeline;

import java.util.Objects;

/**
 * A timeline row that gave no observation, and why.
 *
 * @param line the CSV line
 * @param source the row's source
 * @param reason e.g. "no value, low or high", "no usable date ('undated')"
 */
public record SkippedRow(int line, String source, String reason) {
  public SkippedRow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}
