package org.vigie.text.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.text.scan.QuantityPhrases.Match;
import org.vigie.text.scan.QuantityText;

/**
 * Drops the numbers that are not quantities: designations ("M26", "KN-23", "Su-34", "2S19"), years
 * ("en 2023", "2024 году"), days of a month ("4 novembre", "November 4"), numbers of articles,
 * pages, sections and the like ("article 5", "p. 12"), parts of names ("Apple Watch 5", "FTSE 100",
 * "Formula One"), footnote marks, phone numbers, calibres ("152 mm shells"), "one" as a pronoun
 * ("the one", "each one"), and a lone "un" with no modifier before it.
 */
final class Filters {

  static final Set<String> NEGATIVE_WORDS = Set.of("minus", "минус", "мінус");

  private Filters() {}

  static List<Atom> keep(QuantityText t, Rules rules, List<Atom> atoms) {
    boolean[] years = CalendarFilter.years(t, rules, atoms);
    List<Atom> out = new ArrayList<>(atoms.size());
    Atom dropped = null;
    for (int i = 0; i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      Atom next = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
      Atom judged =
          years[i] || CalendarFilter.beforeDate(t, a, next) ? null : judge(t, rules, a, dropped);
      if (judged == null) {
        dropped = a;
      } else {
        out.add(judged);
      }
    }
    return out;
  }

  /** The atom as kept (perhaps made negative), or null when it is not a quantity. */
  private static Atom judge(QuantityText t, Rules rules, Atom a, Atom dropped) {
    if (a.kind() == Atom.Kind.NONE) {
      return null;
    }
    if (a.kind() != Atom.Kind.NUMBER) {
      return a;
    }
    int before = t.skipSpaceBack(a.start());
    if (a.has(Atom.LONE_ONE)
        && !hedged(t, rules, before)
        && Ranges.outOfAfterNoun(t, rules, t.skipSpace(a.end())) == null) {
      return null;
    }
    if (a.has(Atom.PRONOUN_LIKE) && pronoun(t, rules, a, before)
        || a.has(Atom.BOTH) && rules.hedges.both.longestBefore(t, before) != null) {
      return null;
    }
    if (spelledCompound(t, rules, a)) {
      return null;
    }
    if (a.has(Atom.GLUED_LEFT) && !NameFilter.gluedCurrency(t, rules, a)) {
      return null;
    }
    if (a.has(Atom.HYPHEN_LEFT)) {
      return NameFilter.hyphenLeft(t, a);
    }
    if (a.has(Atom.GLUED_RIGHT) || CalendarFilter.followsDropped(t, rules, a, dropped)) {
      return null;
    }
    if (minusBefore(t, before) && NEGATIVE_WORDS.contains(NameFilter.previousWord(t, before))) {
      return a.negated(t.wordStartBack(before));
    }
    if (CalendarFilter.dayOfMonth(t, rules, a, before) || NameFilter.address(t, rules, a)) {
      return null;
    }
    if (rules.notQuantity.refs.longestBefore(t, before) != null
        || NameFilter.namePart(t, rules, a, before)
        || NameFilter.listedName(t, rules, a)
        || NameFilter.model(t, rules, a, before)) {
      return null;
    }
    if (NameFilter.enclosed(t, a)
        || NameFilter.phone(t, a)
        || NameFilter.calibre(t, rules, a)
        || CalendarFilter.yearAbbreviation(t, a)) {
      return null;
    }
    return a;
  }

  /**
   * "a five-year contract", "a three-bed flat", "a two-month deal": a small number in words joined
   * to a noun by a hyphen describes the thing, as NewsQuant reads it ("a 30-minute drive", in
   * digits, stays a quantity).
   */
  private static boolean spelledCompound(QuantityText t, Rules rules, Atom a) {
    if (!a.has(Atom.SPELLED) || a.has(Atom.SCALED) || a.value() >= 100 || a.unit() != null) {
      return false;
    }
    int e = a.end();
    if (t.at(e) != '-' || !t.letter(e + 1) || rules.spelled.numbers.longestAt(t, e + 1) != null) {
      return false;
    }
    return !t.startsWith(e + 1, "strong") && !t.startsWith(e + 1, "fold");
  }

  /** A cheap first test for "minus", "минус", "мінус" before a number. */
  private static boolean minusBefore(QuantityText t, int before) {
    char ch = t.at(t.wordStartBack(before));
    return ch == 'm' || ch == 'M' || ch == 'м' || ch == 'М';
  }

  static boolean hedged(QuantityText t, Rules rules, int before) {
    Match<Hedge> h = rules.hedges.before.longestBefore(t, before);
    return h != null && h.value() != Hedge.NONE;
  }

  private static boolean pronoun(QuantityText t, Rules rules, Atom a, int before) {
    if (rules.notQuantity.pronounBefore.longestBefore(t, before) != null) {
      return true;
    }
    int next = t.skipSpace(a.end());
    return t.startsWith(next, "another")
        || t.startsWith(next, "by one")
        || t.at(a.end()) == '\'' && t.at(a.end() + 1) == 's'
        || t.startsWith(a.end(), "-on-one")
        || t.startsWith(next, "or two")
        || t.startsWith(next, "or the other");
  }
}
