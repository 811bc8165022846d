package org.vigie.core.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates the pooled series is reported on. Reports still enter the filter at their own as-of
 * dates; the grid only chooses where the smoothed estimate is read out.
 */
public enum Grid {
  /** Every day from the first report to the last. */
  DAY,
  /**
   * Every Monday, from the Monday on or before the first report to the one on or after the last.
   */
  WEEK;

  /** The grid dates covering {@code first..last}. */
  public List<LocalDate> covering(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    LocalDate start =
        this == DAY ? first : first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate end = this == DAY ? last : last.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    int step = this == DAY ? 1 : 7;
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(step)) {
      dates.add(d);
    }
    return List.copyOf(dates);
  }
}
