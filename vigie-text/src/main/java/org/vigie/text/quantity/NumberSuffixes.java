package org.vigie.text.quantity;

import org.vigie.text.scan.QuantityPhrases.Match;
import org.vigie.text.scan.QuantityText;

/**
 * What may follow the digits of a number and changes what it is: a percent sign, a scale ("k",
 * "bn", "million", "тысяч", "만"), an ordinal ending ("th", "e", "-й"), a time ("pm", "h"), the "s"
 * of a decade. Ordinals, times and decades make the number {@link Atom.Kind#NONE}.
 */
final class NumberSuffixes {

  private NumberSuffixes() {}

  static Atom after(QuantityText t, Atom a, Rules rules) {
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
      Match<Boolean> ord = rules.calendar.ordinalSuffixes.longestAt(t, k);
      if (ord != null) {
        return Atom.none(a.start(), ord.end());
      }
    }
    if (ch == ' ' || ch == '\u00A0') {
      Match<Boolean> time = rules.calendar.timeSuffixes.longestAt(t, k + 1);
      boolean clock =
          a.value() <= 24
              || a.digits() == 4 && a.value() % 100 < 60 && a.value() < 2400 && a.integer();
      if (time != null && clock && !a.has(Atom.GROUPED) && clockTime(t, rules, a, time)) {
        return Atom.none(a.start(), timeEnd(t, time.end()));
      }
    }
    return scaleWords(t, a, rules);
  }

  private static Atom lettersAfter(QuantityText t, Atom a, Rules rules, int k) {
    int w = t.wordEnd(k);
    if (t.digit(w)) {
      boolean time = t.at(k) == 'h' && w == k + 1 && a.value() <= 24;
      return time ? Atom.none(a.start(), DigitNumbers.runEnd(t, w)) : a.withFlags(Atom.GLUED_RIGHT);
    }
    if (w == k + 1 && t.at(k) == 's' && a.digits() >= 2) {
      return Atom.none(a.start(), w);
    }
    Match<Boolean> ord = rules.calendar.ordinalSuffixes.longestAt(t, k);
    if (ord != null && ord.end() == w) {
      return Atom.none(a.start(), w);
    }
    Match<Boolean> time = rules.calendar.timeSuffixes.longestAt(t, k);
    if (time != null && a.value() <= 24 && clockTime(t, rules, a, time)) {
      return Atom.none(a.start(), time.end());
    }
    if (t.at(k) == 'h' && w == k + 1 && a.value() <= 24 && !a.has(Atom.DECIMAL)) {
      return Atom.none(a.start(), w);
    }
    double scale = scaleLetters(t, k, w);
    boolean lowerM = w == k + 1 && t.text.charAt(k) == 'm';
    if (scale > 0 && !(scale == 1e6 && lowerM && metres(t, a, w, rules))) {
      return scaleWords(t, a.scaled(scale, w), rules);
    }
    return scaleWords(t, a, rules);
  }

  /** Whether a time word makes the number a time: "à 9 heures", not "pendant 9 heures". */
  private static boolean clockTime(QuantityText t, Rules rules, Atom a, Match<Boolean> time) {
    return time.value()
        || rules.calendar.clockBefore.longestBefore(t, t.skipSpaceBack(a.start())) != null;
  }

  /** The end of a time, past the minutes of "14 h 30". */
  static int timeEnd(QuantityText t, int e) {
    if (e > 0 && t.at(e - 1) == 'h') {
      int q = t.at(e) == ' ' ? e + 1 : e;
      if (t.digit(q) && t.digit(q + 1) && !t.digit(q + 2)) {
        return q + 2;
      }
    }
    return e;
  }

  private static double scaleLetters(QuantityText t, int k, int w) {
    String s = t.folded(k, w);
    return switch (s) {
      case "k" -> 1e3;
      case "m", "mn", "mln", "mio", "mil" -> 1e6;
      case "bn", "b", "bln", "md", "mds", "mrd", "mld" -> 1e9;
      case "tn", "trn", "tr", "tln" -> 1e12;
      default -> 0;
    };
  }

  /** Whether a lone "m" after a number means metres rather than millions. */
  private static boolean metres(QuantityText t, Atom a, int w, Rules rules) {
    int before = t.skipSpaceBack(a.start());
    if (rules.units.currencyBefore.longestBefore(t, before) != null) {
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

  /**
   * Scale words after a number, spaced or hyphenated ("1,5 million", "12 тысяч", "15-hundred"), a
   * half ("3 million and a half", "2 and a half million"), a dozen ("3 dozen").
   */
  static Atom scaleWords(QuantityText t, Atom a, Rules rules) {
    boolean hundred = false;
    while (true) {
      int k = a.end();
      Match<Double> half =
          a.has(Atom.SPELLED)
              ? null
              : rules.spelled.halves.longestAt(t, SpelledNumbers.inline(t, k));
      if (half != null) {
        Match<Word> scale = SpelledNumbers.next(t, rules, half.end());
        boolean before = scale != null && scale.value().kind() == Word.Kind.SCALE;
        double plus = before ? half.value() : half.value() * a.scale();
        double v = Decimal.plus(a.value(), plus);
        Atom halved =
            new Atom(
                a.start(),
                half.end(),
                a.kind(),
                v,
                v,
                v,
                v / a.scale(),
                a.scale(),
                a.flags(),
                a.digits(),
                a.unit());
        if (!before) {
          return halved;
        }
        a = halved.scaled(scale.value().value(), scale.end());
        continue;
      }
      int p = k;
      if (t.at(p) == ' ' || t.at(p) == '-' && t.letter(p + 1)) {
        p++;
      } else if (!t.letter(p)) {
        break;
      }
      Match<Word> m = rules.spelled.numbers.longestAt(t, p);
      if (m == null) {
        break;
      }
      Word w = m.value();
      int end = m.end();
      if (w.has(Word.ABBREVIATION) && t.at(end) == '.') {
        end++;
      }
      if (w.kind() == Word.Kind.SCALE || w.kind() == Word.Kind.VAGUE && w.value() >= 1000) {
        a = a.scaled(w.value(), end);
      } else if (w.kind() == Word.Kind.HUNDRED
          && !hundred
          && a.value() < 100
          && !a.has(Atom.SCALED)) {
        a = a.scaled(100, end);
        hundred = true;
      } else if (w.has(Word.DOZEN | Word.TIMES) && !a.has(Atom.SCALED) && a.value() < 100) {
        double v = Decimal.times(a.value(), w.has(Word.DOZEN) ? 12 : w.value());
        return new Atom(a.start(), end, a.kind(), v, v, v, v, 1, a.flags(), a.digits(), a.unit());
      } else {
        break;
      }
    }
    return percentWords(t, a, rules);
  }

  /** "50 per cent", "dix pour cent", "20 процентов": the percent words join the number. */
  private static Atom percentWords(QuantityText t, Atom a, Rules rules) {
    if (a.unit() != null) {
      return a;
    }
    int p = a.end();
    if (t.at(p) == ' ') {
      p++;
    }
    if (!t.letter(p)) {
      return a;
    }
    Match<UnitWord> unit = rules.units.at(t, p);
    if (unit == null || unit.value().kind() != UnitWord.Kind.PERCENT) {
      return a;
    }
    return a.withUnit(unit.value(), unit.end());
  }
}
