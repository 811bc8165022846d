package org.vigie.text.quantity;

import org.vigie.text.scan.QuantityText;

/**
 * Reads a number written with digits, with the conventions of each language: "11 000" (with a
 * space, a no-break space or a narrow no-break space), "11,000", "11.000", "1,5", "3.5m", "25k",
 * "$1.1bn", "50 %", "1/2". Dates ("04.11.2024", "2024-11-04", "11/4"), times ("11:30", "5pm",
 * "17h30"), versions ("1.2.3"), ordinals ("1er", "11th", "3-й") and decades ("1990s") come back as
 * {@link Atom.Kind#NONE}, so the caller skips them whole.
 */
final class DigitNumbers {

  private static final UnitWord PERCENT = new UnitWord("percent", UnitWord.Kind.PERCENT);

  /** Vulgar fractions: "½", "¾". */
  static final String VULGAR = "½⅓⅔¼¾⅕⅛";

  static final double[] VULGAR_VALUES = {0.5, 1.0 / 3, 2.0 / 3, 0.25, 0.75, 0.2, 0.125};

  private DigitNumbers() {}

  /** The number whose first digit is at {@code i} (the character before it is not a digit). */
  static Atom read(QuantityText t, int i, Rules rules) {
    int flags = Atom.DIGITS;
    if (t.letter(i - 1)) {
      flags |= Atom.GLUED_LEFT;
    } else if ((t.at(i - 1) == '-' || t.at(i - 1) == '.') && t.letter(i - 2)) {
      flags |= Atom.HYPHEN_LEFT;
    }
    if (t.at(i - 1) == '/' && t.digit(i - 2)) {
      return Atom.none(i, runEnd(t, i));
    }
    int phone = phoneEnd(t, i);
    if (phone > 0) {
      return Atom.none(i, phone);
    }
    int start = i;
    int j = runEnd(t, i);
    StringBuilder num = new StringBuilder(16);
    int k;
    int intDigits = j - i;
    if (t.at(i - 1) == '.' && !t.alnum(i - 2) && t.at(i - 2) != '.' && t.at(i - 2) != ',') {
      start = i - 1;
      num.append("0.").append(t.c, i, j - i);
      flags |= Atom.DECIMAL;
      intDigits = 0;
      k = j;
    } else {
      num.append(t.c, i, j - i);
      k = j;
      char sep = 0;
      if (intDigits <= 3) {
        int g = groups(t, k, rules);
        if (g > k) {
          sep = t.at(k);
          for (int p = k; p < g; p += 4) {
            num.append(t.c, p + 1, 3);
          }
          intDigits += (g - k) / 4 * 3;
          k = g;
          flags |= Atom.GROUPED;
        }
      }
      if (sep != 0 && (sep == '.' || sep == ',') && t.at(k) == sep && t.digit(k + 1)) {
        return Atom.none(start, dottedEnd(t, k));
      }
      Atom odd = oddShape(t, start, k, sep);
      if (odd != null) {
        return odd;
      }
      char d = t.at(k);
      if ((d == '.' || d == ',') && d != sep && t.digit(k + 1) && decimalAllowed(d, sep, rules)) {
        int e = runEnd(t, k + 1);
        num.append('.').append(t.c, k + 1, e - k - 1);
        k = e;
        flags |= Atom.DECIMAL;
        if ((t.at(k) == '.' || t.at(k) == ',') && t.digit(k + 1) && t.at(k) == d) {
          return Atom.none(start, dottedEnd(t, k));
        }
      }
    }
    if (t.at(k) == 'e' && exponent(t, k + 1) > k + 1) {
      int e = exponent(t, k + 1);
      num.append('e').append(t.c, k + 1, e - k - 1);
      k = e;
      flags |= Atom.DECIMAL;
    }
    double vulgar = VULGAR.indexOf(t.at(k)) >= 0 ? VULGAR_VALUES[VULGAR.indexOf(t.at(k))] : 0;
    if (vulgar > 0 && (flags & (Atom.GROUPED | Atom.DECIMAL)) == 0) {
      num.append(String.valueOf(vulgar).substring(1));
      k++;
      flags |= Atom.DECIMAL;
    }
    double value = parse(num);
    if (!Double.isFinite(value)
        || t.at(i) == '0' && intDigits > 1 && start == i
        || clockWithDot(t, start, k, rules)) {
      return Atom.none(start, k);
    }
    if (t.at(k) == '/' && t.digit(k + 1)) {
      return slash(t, start, k, value, flags, intDigits);
    }
    if (t.at(k) == '+' && t.digit(k + 1)) {
      return Atom.none(start, runEnd(t, k + 1));
    }
    double scale = 1;
    if ((flags & (Atom.GROUPED | Atom.DECIMAL)) == Atom.GROUPED) {
      for (int p = num.length() - 3; p > 0 && num.substring(p, p + 3).equals("000"); p -= 3) {
        scale *= 1000;
      }
    }
    Atom atom = Atom.number(start, k, value, value / scale, scale, flags, intDigits, null);
    return NumberSuffixes.after(t, atom, rules);
  }

  /**
   * Where a phone number starting at {@code i} ends ("+33 1 23 45 67 89", "01 23 45 67 89", "495
   * 123-45-67"), or -1: at least four short groups of digits with single separators, not all of
   * three digits (which would be thousands), or three after a plus sign.
   */
  private static int phoneEnd(QuantityText t, int i) {
    int groups = 0;
    boolean notThree = false;
    int p = i;
    int end = -1;
    while (true) {
      int e = runEnd(t, p);
      if (e - p > 4) {
        return -1;
      }
      groups++;
      notThree |= groups > 1 && e - p != 3;
      end = e;
      char sep = t.at(e);
      if ((sep == ' ' || sep == '-' || sep == '.') && t.digit(e + 1)) {
        p = e + 1;
      } else {
        break;
      }
    }
    boolean plus = t.at(i - 1) == '+';
    boolean lastFour = end - p == 4 && t.at(p - 1) != ',' && t.at(p - 1) != '.';
    boolean areaCode =
        t.original(i - 1) == '(' && runEnd(t, i) - i == 3 && t.original(i + 3) == ')';
    if (areaCode && t.at(i + 4) == ' ' && t.digit(i + 5)) {
      int e = runEnd(t, i + 5);
      if (e - (i + 5) == 3 && (t.at(e) == '-' || t.at(e) == ' ') && t.digit(e + 1)) {
        return runEnd(t, e + 1);
      }
    }
    return groups >= 4 && notThree || groups >= 3 && (plus || lastFour) ? end : -1;
  }

  /**
   * "в 14.30", "о 9.00": hours and minutes with a dot after a preposition of time, when no unit
   * follows ("в 1.50 раза" is a number).
   */
  private static boolean clockWithDot(QuantityText t, int start, int k, Rules rules) {
    int dot = k - 3;
    if (dot <= start
        || t.at(dot) != '.'
        || dot - start > 2
        || t.at(dot + 1) > '5'
        || parse(t.text.subSequence(start, dot)) > 23) {
      return false;
    }
    int next = t.skipSpace(k);
    if (t.letter(next) && rules.units.at(t, next) != null || t.at(next) == '%') {
      return false;
    }
    return rules.calendar.clockBefore.longestBefore(t, t.skipSpaceBack(start)) != null;
  }

  /** Where the thousands groups after {@code k} end ({@code k} itself when there are none). */
  private static int groups(QuantityText t, int k, Rules rules) {
    char sep = t.at(k);
    if (sep != ',' && sep != '.' && sep != ' ' && sep != '\'') {
      return k;
    }
    int g = k;
    int count = 0;
    while (t.at(g) == sep && threeDigits(t, g + 1)) {
      g += 4;
      count++;
    }
    boolean zeros = t.at(k + 1) == '0' && t.at(k + 2) == '0' && t.at(k + 3) == '0';
    if (count == 1
        && !zeros
        && (sep == ',' && rules.commaDecimal || sep == '.' && !rules.commaDecimal)) {
      return k;
    }
    return g;
  }

  private static boolean threeDigits(QuantityText t, int p) {
    return t.digit(p) && t.digit(p + 1) && t.digit(p + 2) && !t.digit(p + 3);
  }

  private static boolean decimalAllowed(char d, char sep, Rules rules) {
    if (sep == ' ' || sep == '\'') {
      return d == (rules.commaDecimal ? ',' : '.');
    }
    return true;
  }

  /** Dates, times and phone-like shapes that are not quantities, or null. */
  private static Atom oddShape(QuantityText t, int start, int k, char sep) {
    char d = t.at(k);
    if (d == ':' && t.digit(k + 1) && t.digit(k + 2)) {
      int e = runEnd(t, k + 1);
      while ((t.at(e) == ':' || t.at(e) == '.') && t.digit(e + 1)) {
        e = runEnd(t, e + 1);
      }
      return Atom.none(start, NumberSuffixes.timeEnd(t, e));
    }
    if (d == '-' && sep == 0 && t.digit(k + 1)) {
      int e = runEnd(t, k + 1);
      if (t.at(e) == '-' && t.digit(e + 1)) {
        int f = runEnd(t, e + 1);
        while (t.at(f) == '-' && t.digit(f + 1)) {
          f = runEnd(t, f + 1);
        }
        return Atom.none(start, f);
      }
    }
    return null;
  }

  private static int dottedEnd(QuantityText t, int k) {
    while ((t.at(k) == '.' || t.at(k) == ',') && t.digit(k + 1)) {
      k = runEnd(t, k + 1);
    }
    return k;
  }

  private static Atom slash(QuantityText t, int start, int k, double num, int flags, int digits) {
    int e = runEnd(t, k + 1);
    if (t.at(e) == '/' && t.digit(e + 1)) {
      return Atom.none(start, runEnd(t, e + 1));
    }
    double den = parse(new StringBuilder().append(t.c, k + 1, e - k - 1));
    boolean fraction =
        (flags & (Atom.GROUPED | Atom.DECIMAL)) == 0
            && num > 0
            && num < den
            && (den == 2
                || den == 3
                || den == 4
                || den == 5
                || den == 8
                || den == 10
                || den == 16
                || den == 32
                || den == 64
                || den == 100
                || den == 128);
    if (!fraction || t.letter(e) || t.at(e) == '/') {
      return Atom.none(start, e);
    }
    double value = num / den;
    return Atom.number(start, e, value, value, 1, flags | Atom.SLASH_FRACTION, digits, null);
  }

  /** Where the exponent of "1.3e6" or "12e-1" ends ({@code p} itself when there is none). */
  private static int exponent(QuantityText t, int p) {
    int q = t.at(p) == '+' || t.at(p) == '-' ? p + 1 : p;
    if (!t.digit(q)) {
      return p;
    }
    int e = runEnd(t, q);
    return e - q <= 3 && !t.letter(e) ? e : p;
  }

  static int runEnd(QuantityText t, int i) {
    while (t.digit(i)) {
      i++;
    }
    return i;
  }

  private static double parse(CharSequence digits) {
    if (digits.length() > 400) {
      return Double.POSITIVE_INFINITY;
    }
    try {
      return Double.parseDouble(digits.toString());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static UnitWord percent() {
    return PERCENT;
  }
}
