package org.vigie.text.quantity;

import org.vigie.text.quantity.PhraseTrie.Match;

/**
 * What may follow the digits of a number and changes what it is: a percent sign, a scale ("k",
 * "bn", "million", "тысяч", "만"), an ordinal ending ("th", "e", "-й"), a time ("pm", "h"), the "s"
 * of a decade. Ordinals, times and decades make the number {@link Atom.Kind#NONE}.
 */
final class Suffixes {

  private Suffixes() {}

  static Atom after(TextView t, Atom a, Rules rules) {
    int k = a.end();
    char ch = t.at(k);
    if (KoreanNumbers.isScale(ch) || KoreanNumbers.isKoreanSuffix(t, k)) {
      return KoreanNumbers.afterDigits(t, a, rules);
    }
    if (ch == '%') {
      return a.withUnit(DigitNumbers.percent(), k + 1);
    }
    if (ch == ' ' && t.at(k + 1) == '%') {
      return a.withUnit(DigitNumbers.percent(), k + 2);
    }
    if (t.letter(k)) {
      return lettersAfter(t, a, rules, k);
    }
    if (ch == '-' && t.letter(k + 1)) {
      Match<Boolean> ord = rules.ordinalSuffixes.longestAt(t, k);
      if (ord != null) {
        return Atom.none(a.start(), ord.end());
      }
    }
    if (ch == ' ' || ch == '\u00A0') {
      Match<Boolean> time = rules.timeSuffixes.longestAt(t, k + 1);
      boolean clock =
          a.value() <= 24
              || a.digits() == 4 && a.value() % 100 < 60 && a.value() < 2400 && a.integer();
      if (time != null && clock && !a.has(Atom.GROUPED)) {
        return Atom.none(a.start(), timeEnd(t, time.end()));
      }
    }
    return scaleWords(t, a, rules);
  }

  private static Atom lettersAfter(TextView t, Atom a, Rules rules, int k) {
    int w = t.wordEnd(k);
    if (t.digit(w)) {
      boolean time = t.at(k) == 'h' && w == k + 1 && a.value() <= 24;
      return time ? Atom.none(a.start(), DigitNumbers.runEnd(t, w)) : a.withFlags(Atom.GLUED_RIGHT);
    }
    if (w == k + 1 && t.at(k) == 's' && a.digits() >= 2) {
      return Atom.none(a.start(), w);
    }
    Match<Boolean> ord = rules.ordinalSuffixes.longestAt(t, k);
    if (ord != null && ord.end() == w) {
      return Atom.none(a.start(), w);
    }
    Match<Boolean> time = rules.timeSuffixes.longestAt(t, k);
    if (time != null && a.value() <= 24) {
      return Atom.none(a.start(), time.end());
    }
    if (t.at(k) == 'h' && w == k + 1 && a.value() <= 24 && !a.has(Atom.DECIMAL)) {
      return Atom.none(a.start(), w);
    }
    double scale = scaleLetters(t, k, w);
    if (scale > 0 && !(scale == 1e6 && w == k + 1 && metres(t, a, w, rules))) {
      return scaleWords(t, a.scaled(scale, w), rules);
    }
    return scaleWords(t, a, rules);
  }

  /** The end of a time, past the minutes of "14 h 30". */
  static int timeEnd(TextView t, int e) {
    if (e > 0 && t.at(e - 1) == 'h') {
      int q = t.at(e) == ' ' ? e + 1 : e;
      if (t.digit(q) && t.digit(q + 1) && !t.digit(q + 2)) {
        return q + 2;
      }
    }
    return e;
  }

  private static double scaleLetters(TextView t, int k, int w) {
    String s = t.folded(k, w);
    return switch (s) {
      case "k" -> 1e3;
      case "m", "mn", "mln", "mio", "mil" -> 1e6;
      case "bn", "b", "bln", "md", "mds", "mrd", "mld" -> 1e9;
      case "tn", "trn", "tr" -> 1e12;
      default -> 0;
    };
  }

  /** Whether a lone "m" after a number means metres rather than millions. */
  private static boolean metres(TextView t, Atom a, int w, Rules rules) {
    int before = t.skipSpaceBack(a.start());
    if (rules.currencyBefore.longestBefore(t, before) != null) {
      return false;
    }
    int next = w;
    if (t.at(next) == ' ') {
      next++;
    }
    if (t.letter(next) && (a.has(Atom.DECIMAL) || t.startsWith(next, "of "))) {
      return false;
    }
    return !t.letter(next) || !a.has(Atom.DECIMAL);
  }

  /** Scale words after a number, spaced or hyphenated: "1,5 million", "12 тысяч", "15-hundred". */
  static Atom scaleWords(TextView t, Atom a, Rules rules) {
    int k = a.end();
    boolean hundred = false;
    while (true) {
      int p = k;
      if (t.at(p) == ' ' || t.at(p) == '-' && t.letter(p + 1)) {
        p++;
      } else if (!t.letter(p)) {
        break;
      }
      Match<Word> m = rules.numbers.longestAt(t, p);
      if (m == null) {
        break;
      }
      Word w = m.value();
      int end = m.end();
      if (w.has(Word.ABBREVIATION) && t.at(end) == '.') {
        end++;
      }
      if (w.kind() == Word.Kind.SCALE) {
        a = a.scaled(w.value(), end);
      } else if (w.kind() == Word.Kind.HUNDRED
          && !hundred
          && a.value() < 100
          && !a.has(Atom.SCALED)) {
        a = a.scaled(100, end);
        hundred = true;
      } else {
        break;
      }
      k = a.end();
    }
    return a;
  }
}
