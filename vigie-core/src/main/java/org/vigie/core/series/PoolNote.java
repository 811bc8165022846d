package org.vigie.core.series;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the pool did to one report that a reader should know: dropped as an echo or as an
 * unchanged republication, or down-weighted as an outlier.
 *
 * @param date the report's as-of date
 * @param source the report's source
 * @param message what was done and why, e.g. "outlier (4.1 sd from the prediction): noise ×16.8"
 */
public record PoolNote(LocalDate date, String source, String message) {
  public PoolNote {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }
}
