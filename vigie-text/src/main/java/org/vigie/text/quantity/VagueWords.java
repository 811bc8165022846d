package org.vigie.text.quantity;

import org.vigie.text.quantity.SpelledWords.Quantifier;
import org.vigie.text.quantity.Word.Kind;
import org.vigie.text.scan.QuantityPhrases.Match;
import org.vigie.text.scan.QuantityText;

/**
 * Number words that are not plain cardinals: vague plurals read as intervals ("des milliers" 2,000
 * to 9,999; "plusieurs dizaines de milliers" 20,000 to 90,000; "tens of thousands"; "сотни тысяч"),
 * approximate nouns ("une dizaine" 8 to 12, "un millier" 800 to 1,250, "a dozen" 10 to 14), and
 * fractions read as percents ("la moitié", "two-thirds", "треть"). The intervals are the defaults
 * of docs/quantities.md.
 */
final class VagueWords {

  /** No quantifier: "des milliers", "thousands", "десятки". */
  static final Quantifier BARE = new Quantifier(2, 10, 2, true);

  private VagueWords() {}

  static Atom read(QuantityText t, Rules rules, Match<Word> m) {
    return switch (m.value().kind()) {
      case APPROX -> approx(t, rules, m, m.start());
      case FRACTION -> fraction(t, rules, m);
      default -> vague(t, rules, m);
    };
  }

  private static Atom vague(QuantityText t, Rules rules, Match<Word> m) {
    Word w = m.value();
    if (w.has(Word.NEEDS_FOLLOWER)
        && rules.subject.linkers.longestAt(t, SpelledNumbers.inline(t, m.end())) == null) {
      return null;
    }
    int before = t.skipSpaceBack(m.start());
    Match<Quantifier> q = rules.spelled.quantifiers.longestBefore(t, before);
    if (q == null && w.has(Word.GENITIVE_SINGULAR)) {
      Match<Hedge> hedge = rules.hedges.before.longestBefore(t, before);
      boolean afterModifier = hedge != null && hedge.value() != Hedge.NONE;
      if (afterModifier || !w.has(Word.PLURAL)) {
        Match<Word> next = w.kind() == Kind.VAGUE ? chained(t, rules, m.end()) : null;
        double scale = next != null ? next.value().value() : 1;
        return Atom.number(
            m.start(),
            next != null ? next.end() : m.end(),
            w.value() * scale,
            next != null ? w.value() : 1,
            next != null ? scale : w.value(),
            Atom.SPELLED | Atom.SCALED,
            0,
            null);
      }
    }
    Quantifier quantifier = q != null ? q.value() : BARE;
    double mag = w.value();
    double low = (mag == 10 ? quantifier.lowForTens() : quantifier.low()) * mag;
    double high = quantifier.high() * mag;
    int end = m.end();
    while (true) {
      Match<Word> next = chained(t, rules, end);
      if (next == null) {
        break;
      }
      low *= next.value().value();
      high *= next.value().value();
      end = next.end();
    }
    if (quantifier.exclusiveHigh()) {
      high -= 1;
    }
    int start = q != null ? q.start() : m.start();
    return new Atom(
        start, end, Atom.Kind.VAGUE, Double.NaN, low, high, mag, 1, Atom.SPELLED, 0, null);
  }

  /** A magnitude chained after another: "de milliers", "of thousands", "тысяч". */
  private static Match<Word> chained(QuantityText t, Rules rules, int end) {
    int p = end;
    if (t.at(p) == ' ' || t.at(p) == '-') {
      p++;
    }
    Match<Boolean> linker = rules.subject.linkers.longestAt(t, p);
    if (linker != null) {
      p = linker.end();
      if (t.at(p) == ' ') {
        p++;
      }
    }
    Match<Word> next = rules.spelled.numbers.longestAt(t, p);
    if (next == null) {
      return null;
    }
    Kind k = next.value().kind();
    boolean magnitude = k == Kind.VAGUE || k == Kind.SCALE && !next.value().has(Word.NEEDS_NUMBER);
    return magnitude ? next : null;
  }

  /** "une dizaine", "un millier de", "a dozen", "une dizaine de milliers", "десяток". */
  static Atom approx(QuantityText t, Rules rules, Match<Word> m, int start) {
    Word w = m.value();
    int before = t.skipSpaceBack(start);
    if (start == m.start()) {
      Match<Quantifier> q = rules.spelled.quantifiers.longestBefore(t, before);
      if (q != null) {
        return vague(t, rules, new Match<>(m.start(), m.end(), Word.of(Kind.VAGUE, w.value(), 0)));
      }
      Match<Word> article = rules.spelled.numbers.longestBefore(t, before);
      if (article != null && article.value().kind() == Kind.ONE) {
        start = article.start();
      } else if (!w.has(Word.BARE) && rules.hedges.before.longestBefore(t, before) == null) {
        return null;
      }
    }
    double value = w.value();
    double low = w.low();
    double high = w.high();
    int end = m.end();
    Match<Word> next = chained(t, rules, end);
    if (next != null) {
      double s = next.value().value();
      value *= s;
      low *= s;
      high *= s;
      end = next.end();
    }
    return new Atom(
        start, end, Atom.Kind.APPROX, value, low, high, value, 1, Atom.SPELLED, 0, null);
  }

  /** "la moitié des", "half the", "two-thirds of", "треть", "절반": a percent. */
  private static Atom fraction(QuantityText t, Rules rules, Match<Word> m) {
    Word w = m.value();
    int start = m.start();
    double count = 1;
    int numeratorEnd = t.skipSpaceBack(start);
    if (numeratorEnd == start && t.at(start - 1) == '-') {
      numeratorEnd = t.skipSpaceBack(start - 1);
    }
    Match<Word> numerator = rules.spelled.numbers.longestBefore(t, numeratorEnd);
    if (numerator != null) {
      Kind k = numerator.value().kind();
      if (k == Kind.ONE || k == Kind.UNIT && numerator.value().value() < 10) {
        count = numerator.value().value();
        start = numerator.start();
      } else {
        numerator = null;
      }
    }
    if (w.has(Word.NEEDS_NUMBER) && numerator == null
        || numerator == null
            && rules.notQuantity.pronounBefore.longestBefore(t, t.skipSpaceBack(start)) != null) {
      return null;
    }
    int end = m.end();
    if (t.at(end) == '-' && t.letter(end + 1)) {
      return null;
    }
    int p = t.at(end) == ' ' ? end + 1 : end;
    Match<Word> one = t.letter(p) ? rules.spelled.numbers.longestAt(t, p) : null;
    if (one != null && one.value().kind() == Kind.ONE) {
      int q = t.at(one.end()) == ' ' ? one.end() + 1 : one.end();
      Match<Word> scale = rules.spelled.numbers.longestAt(t, q);
      double share = count * w.value() / 100;
      if (scale != null && scale.value().kind() == Kind.SCALE) {
        double v = Decimal.times(share, scale.value().value());
        return Atom.number(
            start,
            scale.end(),
            v,
            share,
            scale.value().value(),
            Atom.SPELLED | Atom.SCALED,
            0,
            null);
      }
      return Atom.number(start, one.end(), share, share, 1, Atom.SPELLED, 0, null);
    }
    boolean follower =
        rules.subject.linkers.longestAt(t, p) != null
            || rules.subject.determiners.longestAt(t, p) != null;
    boolean latin = t.at(m.start()) < '\u0400';
    if (latin && !follower && (w.has(Word.NEEDS_FOLLOWER) || numerator != null) && t.letter(p)) {
      return null;
    }
    if (numerator == null) {
      Match<Boolean> determiner =
          rules.subject.determiners.longestBefore(t, t.skipSpaceBack(start));
      if (determiner != null) {
        start = determiner.start();
      }
    }
    double percent = Decimal.tidy(count * w.value());
    return new Atom(
        start,
        end,
        Atom.Kind.FRACTION,
        percent,
        percent,
        percent,
        percent,
        1,
        Atom.SPELLED,
        0,
        DigitNumbers.percent());
  }
}
