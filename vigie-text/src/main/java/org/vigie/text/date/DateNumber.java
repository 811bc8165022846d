package org.vigie.text.date;

import java.util.Set;
import org.vigie.text.scan.FoldedText;

/**
 * A number as a date reads it: its value, how many digits, where it ends, and a unit written onto
 * it (Korean 년, 월, 일) or an ordinal ending ("1er", "4th", "4-го").
 */
record DateNumber(int value, int digits, int end, char unit) {

  private static final Set<String> ORDINALS =
      Set.of("er", "re", "e", "eme", "st", "nd", "rd", "th", "го", "е", "я", "ого");

  /** The number starting at {@code i}, or null when there is none or letters stick to it. */
  static DateNumber at(FoldedText t, int i) {
    if (!t.digit(i) || t.alnum(i - 1)) {
      return null;
    }
    int d = i;
    long v = 0;
    while (t.digit(d)) {
      v = d - i < 9 ? v * 10 + (t.f[d] - '0') : v;
      d++;
    }
    int digits = d - i;
    if (digits > 8) {
      return null;
    }
    char unit = 0;
    int end = d;
    if (t.alnum(d)) {
      int w = t.wordEnd(d);
      String suffix = t.folded(d, w);
      if (suffix.length() == 1 && "년월일".indexOf(suffix.charAt(0)) >= 0) {
        unit = suffix.charAt(0);
      } else if (!ORDINALS.contains(suffix)) {
        return null;
      }
      end = w;
    } else if (t.at(d) == '-' && t.letter(d + 1)) {
      int w = t.wordEnd(d + 1);
      if (ORDINALS.contains(t.folded(d + 1, w))) {
        end = w;
      }
    }
    return new DateNumber((int) v, digits, end, unit);
  }

  boolean day() {
    return value >= 1 && value <= 31 && digits <= 2;
  }

  boolean month() {
    return value >= 1 && value <= 12 && digits <= 2;
  }

  boolean year() {
    return digits == 4 && value >= 1900 && value <= 2100;
  }
}
