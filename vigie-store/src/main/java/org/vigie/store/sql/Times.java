package org.vigie.store.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times and dates as stored: fixed-width ISO-8601 text, whose text order is time order. */
final class Times {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", java.util.Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private Times() {}

  static String format(Instant instant) {
    return INSTANT.format(instant);
  }

  static Instant instant(String s) {
    return Instant.parse(s);
  }

  static String format(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
