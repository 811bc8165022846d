package org.vigie.core.series.timeline;

import java.util.Objects;

/**
 * One row of an estimates timeline (the columns of {@code nk_estimates_timeline.csv}), as text: the
 * mapping to an {@link org.vigie.core.series.Observation} decides what the cells mean.
 *
 * @param line the CSV line the row starts on
 * @param date ISO date, year-month, or a word such as "undated"
 * @param datePrecision "day", "month", "year" or "unknown"
 * @param source the organisation that made the estimate ({@code source_org})
 * @param reportedVia the outlet that carried it
 * @param quantity the series name, e.g. {@code nk_troops_in_russia}
 * @param value the stated figure, or empty
 * @param low the lower end when given, or empty
 * @param high the upper end when given, or empty
 * @param qualifier how the figure was hedged: exact, about, more_than, …
 * @param unit the unit as written, e.g. "troops"
 * @param quotedPhrase the words of the report
 */
public record TimelineRow(
    int line,
    String date,
    String datePrecision,
    String source,
    String reportedVia,
    String quantity,
    String value,
    String low,
    String high,
    String qualifier,
    String unit,
    String quotedPhrase) {

  public TimelineRow {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(datePrecision, "datePrecision");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reportedVia, "reportedVia");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(quotedPhrase, "quotedPhrase");
  }
}
