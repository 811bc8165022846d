package org.vigie.text.date;

import java.util.Locale;

/** How precise a date mention is, and so how its value is written. */
public enum DateKind {
  /** One day: {@code 2024-11-04}. */
  DAY,
  /** An ISO week: {@code 2024-W45}. */
  WEEK,
  /** A month: {@code 2024-11}. */
  MONTH,
  /** A year: {@code 2024}. */
  YEAR,
  /** A stretch of days: {@code 2024-11-01/2024-11-15}; "mi-octobre" is 11 to 20 October. */
  RANGE;

  /** The lower-case name used in JSON ({@code day}, {@code range}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
