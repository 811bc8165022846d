package org.vigie.text.date;

import java.util.Objects;

/**
 * A date found in a text, normalised.
 *
 * @param start offset of the first character, in UTF-16 units
 * @param end offset after the last character
 * @param text the date as written ("mardi dernier", "mi-octobre", "2024년 11월 4일")
 * @param value the ISO 8601 value: {@code 2024-11-04}, {@code 2024-W45}, {@code 2024-11}, {@code
 *     2024}, or an interval {@code 2024-10-11/2024-10-20}
 * @param kind how precise it is
 * @param relative whether it was resolved against the publication date ("hier", "last week", or a
 *     day and month without a year)
 */
public record DateMention(
    int start, int end, String text, String value, DateKind kind, boolean relative) {

  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "bad date span [" + start + ", " + end + ") '" + text + "'");
    }
  }
}
