package org.vigie.core.claim;

import java.util.Objects;

/**
 * A quantity found in a text: the stated number or phrase, read as an interval.
 *
 * @param start offset of the first character, in UTF-16 units of the text
 * @param end offset after the last character, in UTF-16 units
 * @param text the text between {@code start} and {@code end}
 * @param value the number as stated, or null for vague phrases and ranges
 * @param low the lower end of the interval meant, or null when open
 * @param high the upper end of the interval meant, or null when open
 * @param modifier how the stated number relates to the true one
 * @param unit what is counted or measured, as an English lemma ({@code soldier}, {@code dollar},
 *     {@code percent}, {@code kilometre}), or null when unknown
 * @param subject the words naming what is counted, as written ("soldats nord-coréens"), or null
 * @param actor the ISO 3166 alpha-3 code of the country the quantity belongs to, or null
 * @param per the period of a rate ({@code day}, {@code week}, {@code month}, {@code year}), or null
 */
public record Quantity(
    int start,
    int end,
    String text,
    Double value,
    Double low,
    Double high,
    Modifier modifier,
    String unit,
    String subject,
    String actor,
    String per) {

  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(modifier, "modifier");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text has "
              + text.length()
              + " chars but the span ["
              + start
              + ", "
              + end
              + ") has "
              + (end - start));
    }
    requireFinite("value", value);
    requireFinite("low", low);
    requireFinite("high", high);
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low " + low + " > high " + high + " in '" + text + "'");
    }
  }

  private static void requireFinite(String name, Double x) {
    if (x != null && !Double.isFinite(x)) {
      throw new IllegalArgumentException(name + " is not a finite number: " + x);
    }
  }
}
