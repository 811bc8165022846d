package org.vigie.text.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** ISO 8601 values for days, weeks, months, years, and the parts of months and years. */
final class Dates {

  private Dates() {}

  /** The day, with the day of month cut to the month's length; null for an invalid month. */
  static LocalDate safe(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return null;
    }
    YearMonth ym = YearMonth.of(y, m);
    return ym.atDay(Math.min(d, ym.lengthOfMonth()));
  }

  /** {@code 2024-11-04}, or null when there is no such day. */
  static String day(int y, int m, int d) {
    if (y <= 0 || m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d).toString();
  }

  /** {@code 2024-11}, or null. */
  static String month(int y, int m) {
    return y <= 0 || m < 1 || m > 12 ? null : YearMonth.of(y, m).toString();
  }

  /** {@code 2024-W45}. */
  static String week(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** {@code 2024-11-01/2024-11-15}, or null. */
  static String range(LocalDate a, LocalDate b) {
    return a == null || b == null || b.isBefore(a) ? null : a + "/" + b;
  }

  /** Early (1-10), mid (11-20) or late (21-end) in a month. */
  static String monthPart(int y, int m, String part) {
    if (y <= 0 || m < 1 || m > 12) {
      return null;
    }
    YearMonth ym = YearMonth.of(y, m);
    return switch (part) {
      case "early" -> range(ym.atDay(1), ym.atDay(10));
      case "mid" -> range(ym.atDay(11), ym.atDay(20));
      default -> range(ym.atDay(21), ym.atEndOfMonth());
    };
  }

  /** Early (January-April), mid (May-August) or late (September-December) in a year. */
  static String yearPart(int y, String part) {
    return switch (part) {
      case "early" -> range(LocalDate.of(y, 1, 1), LocalDate.of(y, 4, 30));
      case "mid" -> range(LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 31));
      default -> range(LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 31));
    };
  }
}
