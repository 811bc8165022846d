package org.vigie.text.quantity;

import org.vigie.core.claim.Modifier;
import org.vigie.text.scan.QuantityPhrases.Match;
import org.vigie.text.scan.QuantityText;

/**
 * Applies the words around a number that say how it relates to the truth: "plus de" (more than),
 * "au moins", "environ", "près de", "jusqu'à", "more than", "nearly", "up to", "более", "около",
 * "понад", "약" before it; "or more", "environ", "с лишним", "이상", "가량", "여" after it. The interval
 * follows docs/quantities.md: about N is [0.9N, 1.1N], nearly N is [0.85N, N], more than N is [N,
 * open), up to N is (open, N].
 */
final class Modifiers {

  private Modifiers() {}

  /**
   * @param previousEnd where the number read before this one ends ({@code -1} if none): a modifier
   *     right after it, or after its unit, is a preposition ("$486 billion over ten years")
   */
  static Reading apply(QuantityText t, Rules rules, Reading r, int previousEnd) {
    int start = r.start();
    int end = r.end();
    Hedge hedge = null;
    int end0 = beforeEnd(t, rules, r.start());
    Match<Hedge> before = rules.hedges.before.longestBefore(t, end0);
    if (before == null) {
      Match<Boolean> gap = rules.hedges.gaps.longestBefore(t, end0);
      if (gap != null) {
        before = rules.hedges.before.longestBefore(t, t.skipSpaceBack(gap.start()));
      }
    }
    if (before != null && follows(t, rules, previousEnd, before.start())) {
      before = null;
    }
    if (before != null) {
      if (before.value() == Hedge.NONE) {
        return r;
      }
      hedge = before.value();
      start = before.start();
      if (hedge == Hedge.UPTO) {
        if (changeBefore(t, rules, before.start())) {
          hedge = null;
          start = r.start();
        } else {
          hedge = Hedge.LE;
        }
      }
    }
    if (hedge == null) {
      int afterEnd = afterEnd(t, rules, r);
      if (afterEnd > 0) {
        Match<Hedge> after = rules.hedges.after.longestAt(t, afterEnd);
        if (after != null && after.value() != Hedge.NONE) {
          hedge = after.value();
          end = after.end();
        } else if (t.at(r.end()) == '+' && !t.digit(r.end() + 1)) {
          hedge = Hedge.GT;
          end = r.end() + 1;
        } else if (t.at(r.end()) == '여') {
          hedge = Hedge.ODD;
          end = r.end() + 1;
        }
      }
    }
    if (hedge == null) {
      return r;
    }
    return hedged(r, hedge).spanning(start, Math.max(end, r.end()));
  }

  /** Whether only spaces, or a unit and spaces, come between a number's end and {@code start}. */
  private static boolean follows(QuantityText t, Rules rules, int numberEnd, int start) {
    if (numberEnd < 0 || numberEnd > start) {
      return false;
    }
    int p = t.skipSpace(numberEnd);
    if (p < start) {
      Match<UnitWord> unit = rules.units.at(t, p);
      if (unit == null || unit.end() > start) {
        return false;
      }
      p = t.skipSpace(unit.end());
    }
    return p == start && p > numberEnd;
  }

  /** Whether a verb of change comes a few words before: "выросло до", "зросла з 1500 до". */
  private static boolean changeBefore(QuantityText t, Rules rules, int start) {
    int p = t.skipSpaceBack(start);
    for (int words = 0; words < 5 && p > 0; words++) {
      char ch = t.at(p - 1);
      if (ch == ',' || ch == '.' || ch == ';') {
        return false;
      }
      int w = t.wordStartBack(p);
      if (w < p && rules.hedges.changes.longestAt(t, w) != null) {
        return true;
      }
      p = t.skipSpaceBack(w == p ? p - 1 : w);
    }
    return false;
  }

  /** Where a modifier before the number would end: "sub-7" has it right before the hyphen. */
  private static int beforeEnd(QuantityText t, Rules rules, int start) {
    if (t.at(start - 1) == '-' && t.letter(start - 2)) {
      return start - 1;
    }
    int end = t.skipSpaceBack(start);
    Match<UnitWord> currency = rules.units.currencyBefore.longestBefore(t, end);
    return currency != null ? t.skipSpaceBack(currency.start()) : end;
  }

  /** Where a modifier after the number would start, past a hyphen or a Korean counter. */
  private static int afterEnd(QuantityText t, Rules rules, Reading r) {
    int p = r.end();
    if (t.at(p) == '-' && t.letter(p + 1)) {
      return p + 1;
    }
    if (t.at(p) == '여') {
      p++;
    }
    int q = t.skipSpace(p);
    Match<UnitWord> unit = rules.hedges.after.longestAt(t, q) == null ? rules.units.at(t, q) : null;
    if (unit != null && rules.hedges.after.longestAt(t, t.skipSpace(unit.end())) != null) {
      return t.skipSpace(unit.end());
    }
    if (unit != null && QuantityText.hangul(t.at(q))) {
      q = unit.end();
    }
    if (QuantityText.hangul(t.at(q)) && rules.hedges.after.longestAt(t, q) == null) {
      Match<Boolean> particle = rules.units.particles.longestAt(t, q);
      if (particle != null) {
        q = particle.end();
      }
    }
    return t.skipSpace(q);
  }

  static Reading hedged(Reading r, Hedge hedge) {
    if (r.modifier() == Modifier.RANGE) {
      return r;
    }
    boolean vague = r.modifier() == Modifier.VAGUE;
    double v = r.value() != null ? r.value() : Double.NaN;
    double low = r.low() != null ? r.low() : Double.NaN;
    double high = r.high() != null ? r.high() : Double.NaN;
    return switch (hedge) {
      case EXACT -> r;
      case APPROX -> vague || r.modifier() == Modifier.APPROX ? r : around(r, v, 0.9 * v, 1.1 * v);
      case NEARLY -> vague ? r : around(r, v, 0.85 * v, v);
      case ODD -> vague ? r : around(r, v, v, 1.2 * v);
      case GT, GE ->
          r.with(
              vague ? null : v,
              vague ? low : v,
              null,
              hedge == Hedge.GT ? Modifier.GT : Modifier.GE);
      case LT, LE ->
          r.with(
              vague ? null : v,
              null,
              vague ? high : v,
              hedge == Hedge.LT ? Modifier.LT : Modifier.LE);
      case NONE, UPTO -> r;
    };
  }

  private static Reading around(Reading r, double v, double a, double b) {
    return r.with(v, Decimal.tidy(Math.min(a, b)), Decimal.tidy(Math.max(a, b)), Modifier.APPROX);
  }
}
