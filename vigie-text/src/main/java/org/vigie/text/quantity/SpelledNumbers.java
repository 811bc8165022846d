package org.vigie.text.quantity;

import org.vigie.text.quantity.Word.Kind;
import org.vigie.text.scan.QuantityPhrases.Match;
import org.vigie.text.scan.QuantityText;

/**
 * Reads numbers written in words, in any of the lexicons: cardinals ("trois mille", "quatre-vingt
 * dix-neuf", "twenty-eight thousand", "одиннадцать тысяч", "трёх тысячах"), with a half after them
 * ("two and a half million", "deux millions et demi", "два с половиной"), a dozen ("three dozen"),
 * and hands vague plurals, approximate nouns and fractions to {@link VagueWords}.
 */
final class SpelledNumbers {

  private enum Rank {
    NONE,
    UNIT,
    TEEN,
    TENS,
    HUNDREDS
  }

  /** The running state of a cardinal being read. */
  private static final class State {
    double total;
    double seg;
    double lastScale = Double.POSITIVE_INFINITY;
    Rank rank = Rank.NONE;
    boolean one;
    int words;
    int end;

    double value() {
      return total + seg;
    }
  }

  private SpelledNumbers() {}

  /** The number starting with the word {@code first}, or null. */
  static Atom read(QuantityText t, Rules rules, Match<Word> first) {
    Word w = first.value();
    if (!w.cardinal()) {
      return VagueWords.read(t, rules, first);
    }
    boolean magnitude = w.kind() == Kind.SCALE || w.kind() == Kind.HUNDRED;
    if (magnitude
        && !w.has(Word.ABBREVIATION)
        && rules.spelled.quantifiers.longestBefore(t, t.skipSpaceBack(first.start())) != null) {
      return VagueWords.read(t, rules, first);
    }
    if (w.kind() == Kind.SCALE
        && (w.has(Word.PLURAL) || w.has(Word.GENITIVE_SINGULAR))
        && !w.has(Word.NEEDS_NUMBER)
        && !(w.has(Word.GENITIVE_SINGULAR) && smallerFollows(t, rules, first))) {
      return VagueWords.read(t, rules, first);
    }
    if (w.has(Word.NEEDS_NUMBER)) {
      Match<Word> after = next(t, rules, first.end());
      boolean hundredThousand =
          w.kind() == Kind.HUNDRED && after != null && after.value().kind() == Kind.SCALE;
      if (!hundredThousand) {
        return null;
      }
    }
    return cardinal(t, rules, first);
  }

  /** "тысячи двухсот": a smaller cardinal after a genitive singular scale makes it one of it. */
  private static boolean smallerFollows(QuantityText t, Rules rules, Match<Word> scale) {
    Match<Word> m = next(t, rules, scale.end());
    if (m == null) {
      return false;
    }
    Kind k = m.value().kind();
    return (k == Kind.UNIT || k == Kind.TEEN || k == Kind.TENS || k == Kind.HUNDREDS)
        && m.value().value() < scale.value().value();
  }

  private static Atom cardinal(QuantityText t, Rules rules, Match<Word> first) {
    State s = new State();
    s.end = first.start();
    Match<Word> m = first;
    while (m != null) {
      Word w = m.value();
      if (s.words > 0 && !w.cardinal()) {
        return after(t, rules, first, s, m);
      }
      if (w.kind() == Kind.ONE && s.words > 0) {
        w = Word.of(Kind.UNIT, 1, 0);
      }
      if (!add(s, w)) {
        break;
      }
      s.words++;
      s.end = m.end();
      if (w.has(Word.ABBREVIATION) && t.at(s.end) == '.') {
        s.end++;
      }
      Match<Double> half = rules.spelled.halves.longestAt(t, inline(t, s.end));
      if (half != null && s.rank != Rank.NONE || half != null && s.total > 0) {
        Match<Word> scale = next(t, rules, half.end());
        if (scale != null && scale.value().kind() == Kind.SCALE && s.rank != Rank.NONE) {
          s.seg += half.value();
          s.end = half.end();
          m = scale;
          continue;
        }
        if (s.rank == Rank.NONE && s.lastScale < Double.POSITIVE_INFINITY) {
          s.total += half.value() * s.lastScale;
        } else {
          s.seg += half.value();
        }
        s.end = half.end();
        break;
      }
      m = next(t, rules, s.end);
    }
    return finish(t, rules, first, s);
  }

  /** What follows a cardinal that is not part of it: a fraction ("deux tiers"), a dozen. */
  private static Atom after(
      QuantityText t, Rules rules, Match<Word> first, State s, Match<Word> m) {
    Word w = m.value();
    boolean small = s.total == 0 && s.seg > 0 && s.seg < 10;
    if (w.kind() == Kind.FRACTION && small) {
      Atom fraction = VagueWords.read(t, rules, m);
      if (fraction != null) {
        return fraction;
      }
    }
    if (w.kind() == Kind.APPROX && s.one && s.words == 1 && s.total == 0) {
      return VagueWords.approx(t, rules, m, first.start());
    }
    if (w.has(Word.DOZEN | Word.TIMES) && !s.one && s.total == 0 && s.seg > 0 && s.seg < 100) {
      s.seg = Decimal.times(s.seg, w.has(Word.DOZEN) ? 12 : w.value());
      s.end = m.end();
    }
    return finish(t, rules, first, s);
  }

  /** Adds one word to the cardinal; false when it does not fit ("two three"). */
  private static boolean add(State s, Word w) {
    switch (w.kind()) {
      case ONE -> {
        s.seg = 1;
        s.one = true;
        s.rank = Rank.UNIT;
        return true;
      }
      case UNIT -> {
        boolean fits =
            s.rank == Rank.NONE
                || s.rank == Rank.HUNDREDS
                || s.rank == Rank.TENS && s.seg % 10 == 0 && w.value() >= 1 && w.value() < 10;
        return fits && put(s, w.value(), Rank.UNIT);
      }
      case TEEN -> {
        boolean fits =
            s.rank == Rank.NONE
                || s.rank == Rank.HUNDREDS
                || s.rank == Rank.TENS && (s.seg % 100 == 60 || s.seg % 100 == 80);
        return fits && put(s, w.value(), Rank.TEEN);
      }
      case TENS -> {
        return (s.rank == Rank.NONE || s.rank == Rank.HUNDREDS) && put(s, w.value(), Rank.TENS);
      }
      case HUNDREDS -> {
        return s.rank == Rank.NONE && put(s, w.value(), Rank.HUNDREDS);
      }
      case HUNDRED -> {
        boolean fits =
            (s.rank == Rank.NONE || s.rank == Rank.UNIT || s.rank == Rank.TEEN) && s.seg < 100;
        if (fits) {
          s.seg = (s.seg == 0 ? 1 : s.seg) * 100;
          s.rank = Rank.HUNDREDS;
          s.one = false;
        }
        return fits;
      }
      case SCALE -> {
        if (s.words == 0 && w.has(Word.PLURAL) && !w.has(Word.GENITIVE_SINGULAR)) {
          return false;
        }
        double scale = w.value();
        double mult = s.seg == 0 ? 1 : s.seg;
        s.total =
            scale < s.lastScale
                ? s.total + Decimal.times(mult, scale)
                : Decimal.times(s.total + mult, scale);
        s.lastScale = scale;
        s.seg = 0;
        s.rank = Rank.NONE;
        s.one = false;
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean put(State s, double value, Rank rank) {
    s.seg += value;
    s.rank = rank;
    return true;
  }

  private static Atom finish(QuantityText t, Rules rules, Match<Word> first, State s) {
    if (s.words == 0) {
      return null;
    }
    double value = s.value();
    int end = s.end;
    int flags = Atom.SPELLED;
    if (s.one && s.words == 1) {
      if (!first.value().has(Word.AFTER_MODIFIER)) {
        return null;
      }
      flags |= Atom.LONE_ONE;
    }
    if (s.words == 1 && first.value().has(Word.PRONOUN_LIKE)) {
      flags |= Atom.PRONOUN_LIKE;
    }
    if (s.words == 1 && first.value().has(Word.BOTH)) {
      flags |= Atom.BOTH;
    }
    double scale = s.lastScale == Double.POSITIVE_INFINITY ? 1 : s.lastScale;
    if (scale > 1) {
      flags |= Atom.SCALED;
      if (s.seg == 0 && t.at(end) == '-' && t.digit(end + 1)) {
        int e = DigitNumbers.runEnd(t, end + 1);
        if (e - end - 1 <= 3) {
          double rest = Double.parseDouble(t.folded(end + 1, e));
          if (rest < scale) {
            value += rest;
            end = e;
          }
        }
      }
    }
    Atom atom =
        new Atom(
            first.start(),
            end,
            Atom.Kind.NUMBER,
            value,
            value,
            value,
            value / scale,
            scale,
            flags,
            0,
            null);
    return NumberSuffixes.scaleWords(t, atom, rules);
  }

  /** Past up to three spaces on the same line. */
  static int inline(QuantityText t, int p) {
    int q = p;
    while (t.at(q) == ' ' && q - p < 3) {
      q++;
    }
    return q;
  }

  /**
   * The next number word after {@code end}, past spaces, a hyphen (spaced or not) or a connector
   * ("and", "et"), or null.
   */
  static Match<Word> next(QuantityText t, Rules rules, int end) {
    int p = inline(t, end);
    if (t.at(p) == '-') {
      p = inline(t, p + 1);
    }
    if (p == end || !t.letter(p)) {
      return null;
    }
    Match<Word> m = rules.spelled.numbers.longestAt(t, p);
    if (m != null) {
      return m;
    }
    Match<Boolean> and = rules.spelled.connectors.longestAt(t, p);
    if (and == null) {
      return null;
    }
    int q = inline(t, and.end());
    if (t.at(q) == '-') {
      q = inline(t, q + 1);
    }
    Match<Word> after = rules.spelled.numbers.longestAt(t, q);
    if (after == null
        || !after.value().cardinal()
        || after.value().kind() == Kind.SCALE
        || after.value().kind() == Kind.ONE && !after.value().has(Word.AFTER_MODIFIER)) {
      return null;
    }
    int r = inline(t, after.end());
    Match<Word> then =
        r > after.end() && t.letter(r) ? rules.spelled.numbers.longestAt(t, r) : null;
    return then != null && then.value().kind() == Kind.FRACTION ? null : after;
  }
}
