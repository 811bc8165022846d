package org.vigie.text.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.text.quantity.PhraseTrie.Match;

/**
 * Drops the numbers that are not quantities: designations ("M26", "KN-23", "Su-34", "2S19"), years
 * ("en 2023", "2024 году"), days of a month ("4 novembre", "November 4"), numbers of articles,
 * pages, sections and the like ("article 5", "p. 12"), parts of names ("Apple Watch 5", "FTSE 100",
 * "Formula One"), footnote marks, phone numbers, calibres ("152 mm shells"), "one" as a pronoun
 * ("the one", "each one"), and a lone "un" with no modifier before it.
 */
final class Filters {

  private static final Set<String> NEGATIVE_WORDS = Set.of("minus", "минус", "мінус");
  private static final Set<String> HYPHEN_PREFIXES =
      Set.of(
          "now", "then", "over", "under", "sub", "top", "mid", "post", "pre", "ca", "circa", "some",
          "approx", "about", "up", "more", "plus", "moins", "near", "nearly", "almost");
  private static final Set<Double> CALIBRES =
      Set.of(
          5.45, 5.56, 7.62, 9.0, 12.7, 14.5, 20.0, 23.0, 30.0, 35.0, 40.0, 57.0, 60.0, 73.0, 76.0,
          81.0, 82.0, 100.0, 105.0, 107.0, 115.0, 120.0, 122.0, 125.0, 130.0, 140.0, 152.0, 155.0,
          170.0, 175.0, 180.0, 203.0, 220.0, 240.0, 300.0);

  private Filters() {}

  static List<Atom> keep(TextView t, Rules rules, List<Atom> atoms) {
    boolean[] years = years(t, rules, atoms);
    List<Atom> out = new ArrayList<>(atoms.size());
    Atom dropped = null;
    for (int i = 0; i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      Atom next = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
      Atom judged = years[i] || beforeDate(t, a, next) ? null : judge(t, rules, a, dropped);
      if (judged == null) {
        dropped = a;
      } else {
        out.add(judged);
      }
    }
    return out;
  }

  /** "3~4월", "6-12 août": a number joined by a dash or a tilde to a date that follows. */
  private static boolean beforeDate(TextView t, Atom a, Atom next) {
    if (next == null || next.kind() != Atom.Kind.NONE || !a.integer() || a.value() > 31) {
      return false;
    }
    int gap = next.start() - a.end();
    char joint = t.at(a.end());
    return gap == 1 && (joint == '~' || joint == '-');
  }

  /**
   * Which atoms are years: by themselves ("en 2023", "2024 году", a lone 2019), or joined to a year
   * ("between 1600 and 1900", "A.D. 1000 and 1260").
   */
  private static boolean[] years(TextView t, Rules rules, List<Atom> atoms) {
    boolean[] years = new boolean[atoms.size()];
    for (int i = 0; i < years.length; i++) {
      Atom a = atoms.get(i);
      years[i] = yearShaped(a) && year(t, rules, a, t.skipSpaceBack(a.start()));
    }
    for (int i = 0; i < years.length; i++) {
      Atom a = atoms.get(i);
      if (!years[i] && yearShaped(a) && !hedged(t, rules, t.skipSpaceBack(a.start()))) {
        boolean before = i > 0 && years[i - 1] && near(t, atoms.get(i - 1), a);
        boolean after = i + 1 < years.length && years[i + 1] && near(t, a, atoms.get(i + 1));
        years[i] = before || after;
      }
    }
    return years;
  }

  private static boolean yearShaped(Atom a) {
    return a.kind() == Atom.Kind.NUMBER
        && a.integer()
        && !a.has(Atom.GROUPED)
        && !a.has(Atom.SCALED)
        && a.unit() == null
        && a.digits() == 4
        && a.value() >= 1000
        && a.value() <= 2200;
  }

  /** Two numbers joined by a dash, a slash or a short word: "1600 and 1900", "2014-2015". */
  private static boolean near(TextView t, Atom a, Atom b) {
    int gap = b.start() - a.end();
    return gap >= 0 && gap <= 6 && !t.folded(a.end(), b.start()).contains(",");
  }

  /** The atom as kept (perhaps made negative), or null when it is not a quantity. */
  private static Atom judge(TextView t, Rules rules, Atom a, Atom dropped) {
    if (a.kind() == Atom.Kind.NONE) {
      return null;
    }
    if (a.kind() != Atom.Kind.NUMBER) {
      return a;
    }
    int before = t.skipSpaceBack(a.start());
    if (a.has(Atom.LONE_ONE) && !hedged(t, rules, before)) {
      return null;
    }
    if (a.has(Atom.PRONOUN_LIKE) && pronoun(t, rules, a, before)
        || a.has(Atom.BOTH) && rules.both.longestBefore(t, before) != null) {
      return null;
    }
    if (a.has(Atom.GLUED_LEFT) && !gluedCurrency(t, rules, a)) {
      return null;
    }
    if (a.has(Atom.HYPHEN_LEFT)) {
      return hyphenLeft(t, a);
    }
    if (a.has(Atom.GLUED_RIGHT) || followsDropped(t, rules, a, dropped)) {
      return null;
    }
    if (NEGATIVE_WORDS.contains(previousWord(t, before))) {
      double v = -a.value();
      int s = t.wordStartBack(before);
      return new Atom(
          s,
          a.end(),
          a.kind(),
          v,
          v,
          v,
          -a.mantissa(),
          a.scale(),
          a.flags() | Atom.NEGATIVE,
          a.digits(),
          a.unit());
    }
    if (dayOfMonth(t, rules, a, before) || address(t, rules, a)) {
      return null;
    }
    if (rules.refs.longestBefore(t, before) != null || namePart(t, rules, a, before)) {
      return null;
    }
    if (enclosed(t, a) || phone(t, a) || calibre(t, rules, a) || yearAbbreviation(t, a)) {
      return null;
    }
    return a;
  }

  private static boolean hedged(TextView t, Rules rules, int before) {
    Match<Hedge> h = rules.before.longestBefore(t, before);
    return h != null && h.value() != Hedge.NONE;
  }

  private static boolean pronoun(TextView t, Rules rules, Atom a, int before) {
    if (rules.pronounBefore.longestBefore(t, before) != null) {
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

  private static boolean gluedCurrency(TextView t, Rules rules, Atom a) {
    if (rules.currencyBefore.longestBefore(t, a.start()) != null) {
      return true;
    }
    char ch = t.at(a.start() - 1);
    return TextView.hangul(ch) && ch != '제';
  }

  private static Atom hyphenLeft(TextView t, Atom a) {
    int hyphen = a.start() - 1;
    String word = t.folded(t.wordStartBack(hyphen), hyphen);
    if (NEGATIVE_WORDS.contains(word)) {
      double v = -a.value();
      return new Atom(
          a.start(),
          a.end(),
          a.kind(),
          v,
          v,
          v,
          -a.mantissa(),
          a.scale(),
          a.flags() | Atom.NEGATIVE,
          a.digits(),
          a.unit());
    }
    return HYPHEN_PREFIXES.contains(word) ? a : null;
  }

  /** "2014-15", "Oct. 18-22", "4 au 6 novembre": the second half of a dropped year or date. */
  private static boolean followsDropped(TextView t, Rules rules, Atom a, Atom dropped) {
    if (dropped == null || a.has(Atom.GROUPED) || a.has(Atom.DECIMAL) || a.unit() != null) {
      return false;
    }
    int gap = a.start() - dropped.end();
    if (gap >= 0
        && gap <= 2
        && (t.at(dropped.end()) == '-' || t.at(dropped.end()) == '/')
        && a.value() < 100) {
      return true;
    }
    boolean days =
        dropped.kind() == Atom.Kind.NUMBER
            && dropped.value() <= 31
            && a.value() <= 31
            && a.integer()
            && gap > 0
            && gap <= 6;
    if (!days) {
      return false;
    }
    Match<Rules.RangeRole> joint = rules.ranges.longestAt(t, t.skipSpace(dropped.end()));
    return joint != null && t.skipSpace(joint.end()) == a.start();
  }

  private static boolean year(TextView t, Rules rules, Atom a, int before) {
    int next = t.skipSpace(a.end());
    if (rules.yearAfter.longestAt(t, next) != null) {
      return true;
    }
    if (t.at(a.start() - 1) == '$'
        || hedged(t, rules, before)
        || rules.currencyBefore.longestBefore(t, before) != null) {
      return false;
    }
    Match<Boolean> word = rules.yearBefore.longestBefore(t, before);
    boolean cue =
        word != null
            || rules.months.longestBefore(t, before) != null
            || t.at(before - 1) == ',' && rules.months.longestBefore(t, before - 1) != null;
    boolean plausible = a.value() >= 1900 && a.value() <= 2200;
    if (cue && (plausible || word != null && word.value())) {
      return true;
    }
    if (a.value() < 1900 || a.value() > 2100) {
      return false;
    }
    if (t.letter(next) && rules.unitAt(t, next) != null && !startsWithMonth(t, rules, next)) {
      return false;
    }
    return true;
  }

  private static boolean startsWithMonth(TextView t, Rules rules, int p) {
    return rules.months.longestAt(t, p) != null;
  }

  private static boolean dayOfMonth(TextView t, Rules rules, Atom a, int before) {
    if (!a.integer() || a.value() < 1 || a.value() > 31 || a.has(Atom.GROUPED)) {
      return false;
    }
    int next = t.skipSpace(a.end());
    if (t.at(next) == '.' && !t.digit(next + 1)) {
      next = t.skipSpace(next + 1);
    }
    Match<Boolean> after = rules.months.longestAt(t, next);
    if (after != null && !verbLikeMonth(t, after)) {
      return true;
    }
    if (a.value() <= 31 && dayBeforeDay(t, rules, a.end())) {
      return true;
    }
    Match<Boolean> month = rules.months.longestBefore(t, before);
    if (month == null && t.at(before - 1) == '.') {
      month = rules.months.longestBefore(t, before - 1);
    }
    return month != null && !verbLikeMonth(t, month);
  }

  /** "du 6 au 12 août", "с 6 по 12 августа": a day, then a joining word, then a day and month. */
  private static boolean dayBeforeDay(TextView t, Rules rules, int end) {
    int p = t.skipSpace(end);
    if (t.at(p) == '-') {
      p = t.skipSpace(p + 1);
    } else {
      Match<Rules.RangeRole> joint = rules.ranges.longestAt(t, p);
      if (joint == null) {
        return false;
      }
      p = t.skipSpace(joint.end());
    }
    if (!t.digit(p)) {
      return false;
    }
    int e = DigitNumbers.runEnd(t, p);
    Match<Boolean> month = e - p <= 2 ? rules.months.longestAt(t, t.skipSpace(e)) : null;
    return month != null && !verbLikeMonth(t, month);
  }

  /** "may" and "march" are months only when written with a capital. */
  private static boolean verbLikeMonth(TextView t, Match<Boolean> month) {
    String m = t.folded(month.start(), month.end());
    return (m.equals("may") || m.equals("march")) && !t.upper(month.start());
  }

  /** "Apple Watch 5", "FTSE 100", "Game 7", "Formula One": a number closing a proper name. */
  private static boolean namePart(TextView t, Rules rules, Atom a, int before) {
    if (before != a.start() - 1
        || !t.letter(before - 1)
        || a.has(Atom.GROUPED)
        || a.has(Atom.DECIMAL)
        || a.has(Atom.SCALED)
        || a.unit() != null) {
      return false;
    }
    if (a.has(Atom.SPELLED) && !t.upper(a.start())) {
      return false;
    }
    int wordStart = t.wordStartBack(before);
    boolean capital = false;
    for (int i = wordStart; i < before && !capital; i++) {
      capital = t.upper(i);
    }
    if (!capital) {
      return false;
    }
    int next = t.skipSpace(a.end());
    if (t.at(next) == '%' || t.letter(next) && rules.unitAt(t, next) != null) {
      return false;
    }
    if (hedged(t, rules, before)
        || rules.currencyBefore.longestBefore(t, before) != null
        || rules.months.longestBefore(t, before) != null
        || rules.quantifiers.longestBefore(t, before) != null
        || rules.stops.longestBefore(t, before) != null) {
      return false;
    }
    boolean acronym = before - wordStart >= 2 && t.upper(wordStart + 1) || !t.upper(wordStart);
    return acronym || !sentenceStart(t, wordStart);
  }

  private static boolean sentenceStart(TextView t, int wordStart) {
    int p = t.skipSpaceBack(wordStart);
    if (p == 0) {
      return true;
    }
    char ch = t.at(p - 1);
    return ch == '.'
        || ch == '!'
        || ch == '?'
        || ch == '\n'
        || ch == '"'
        || ch == '«'
        || ch == '\u201C'
        || ch == '\u201D'
        || p < wordStart && t.at(p) == '\n';
  }

  /** "Sept. '24", "the '90s": two digits after an apostrophe that follows no letter. */
  private static boolean yearAbbreviation(TextView t, Atom a) {
    return a.has(Atom.DIGITS) && t.at(a.start() - 1) == '\'' && !t.letter(a.start() - 2);
  }

  private static String previousWord(TextView t, int before) {
    int s = t.wordStartBack(before);
    return s < before && s > before - 8 ? t.folded(s, before) : "";
  }

  /** "10 Downing Street", "9 E 71st St", "16-18 Industrial Avenue", "12 rue de Rivoli". */
  private static boolean address(TextView t, Rules rules, Atom a) {
    if (!a.integer() || a.has(Atom.GROUPED) || a.digits() > 5 || a.has(Atom.SPELLED)) {
      return false;
    }
    int p = a.end();
    if (t.at(p) == '-' && t.digit(p + 1)) {
      p = DigitNumbers.runEnd(t, p + 1);
    }
    p = t.skipSpace(p);
    for (int words = 0; words < 4 && t.alnum(p); words++) {
      Match<Boolean> street = rules.streets.longestAt(t, p);
      if (street != null && (!street.value() || t.upper(p))) {
        return true;
      }
      if (!t.upper(p) && !t.digit(p)) {
        return false;
      }
      int e = t.digit(p) ? DigitNumbers.runEnd(t, p) : p;
      e = t.wordEnd(e);
      if (t.at(e) == '.') {
        e++;
      }
      p = t.skipSpace(e);
    }
    return false;
  }

  private static boolean enclosed(TextView t, Atom a) {
    char open = t.at(a.start() - 1);
    char close = t.at(a.end());
    return (open == '[' && close == ']' || open == '(' && close == ')') && a.integer();
  }

  private static boolean phone(TextView t, Atom a) {
    if (t.at(a.start() - 1) != '+') {
      return false;
    }
    return a.has(Atom.GROUPED) && t.at(a.end()) != '%'
        || t.at(a.end()) == ' ' && t.digit(a.end() + 1)
        || t.at(a.end()) == '-' && t.digit(a.end() + 1)
        || t.at(a.end()) == ' ' && t.at(a.end() + 1) == '(';
  }

  /** "152 mm artillery shells", "240-mm rocket launchers": a calibre, not an amount. */
  private static boolean calibre(TextView t, Rules rules, Atom a) {
    if (!CALIBRES.contains(a.value())) {
      return false;
    }
    int p = a.end();
    if (t.at(p) == ' ' || t.at(p) == '-') {
      p++;
    }
    Match<UnitWord> unit = rules.unitAt(t, p);
    if (unit == null || !unit.value().lemma().equals("millimetre")) {
      return false;
    }
    if (t.at(a.end()) == '-') {
      return true;
    }
    for (int q = a.start() - 1; q >= Math.max(0, a.start() - 40); q--) {
      char ch = t.at(q);
      if (ch == '.' || ch == ';' || ch == '\n') {
        break;
      }
      if (t.letter(q) && !t.letter(q - 1) && rules.weapons.longestAt(t, q) != null) {
        return true;
      }
    }
    int limit = Math.min(t.length, unit.end() + 60);
    for (int q = unit.end(); q < limit; q++) {
      char ch = t.at(q);
      if (ch == '.' || ch == ';' || ch == '\n') {
        return false;
      }
      if (t.letter(q) && !t.letter(q - 1) && rules.weapons.longestAt(t, q) != null) {
        return true;
      }
    }
    return false;
  }
}
