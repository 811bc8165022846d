package org.vigie.ingest.format;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as formats give them: ISO 8601 in its many shapes, or RFC 1123 (e-mail). */
final class MetadataDates {

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private MetadataDates() {}

  /** The calendar date a string starts with or contains, or null when it holds none. */
  static LocalDate parseLenient(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(s);
    if (m.find()) {
      try {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The UTC date of an instant given by a format library, or null. */
  static LocalDate of(Date date) {
    return date == null ? null : date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }
}
