package org.vigie.web.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as pages show them: the same whatever the server's locale and zone. */
public final class Format {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private Format() {}

  /** 2025-11-24 10:22:31 UTC, or an empty string. */
  public static String second(Instant t) {
    return t == null ? "" : SECOND.format(t);
  }

  /** 12,345 */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** 12.3 kB, 4.5 MB: decimal units. */
  public static String bytes(long n) {
    if (n < 1000) {
      return n + " B";
    }
    if (n < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f kB", n / 1e3);
    }
    if (n < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f GB", n / 1e9);
  }

  /** 2024-10-31, or an empty string. */
  public static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** 2025-11-24 10:22 UTC, or an empty string. */
  public static String minute(Instant t) {
    return t == null ? "" : MINUTE.format(t);
  }

  /** A number with the given decimals. */
  public static String number(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
