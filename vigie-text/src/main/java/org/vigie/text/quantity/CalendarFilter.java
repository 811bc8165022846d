package org.vigie.text.quantity;

import java.util.List;
import org.vigie.text.scan.QuantityPhrases.Match;
import org.vigie.text.scan.QuantityText;

/**
 * The numbers that are parts of dates: years ("en 2023", "2024 году", "between 1600 and 1900"),
 * days of a month ("4 novembre", "November 4", "du 6 au 12 août", "3~4월"), and what follows a
 * dropped year or day ("2014-15", "Oct. 18-22").
 */
final class CalendarFilter {

  private CalendarFilter() {}

  /** "3~4월", "6-12 août": a number joined by a dash or a tilde to a date that follows. */
  static boolean beforeDate(QuantityText t, Atom a, Atom next) {
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
  static boolean[] years(QuantityText t, Rules rules, List<Atom> atoms) {
    boolean[] years = new boolean[atoms.size()];
    for (int i = 0; i < years.length; i++) {
      Atom a = atoms.get(i);
      years[i] = yearShaped(a) && year(t, rules, a, t.skipSpaceBack(a.start()));
    }
    for (int i = 0; i < years.length; i++) {
      Atom a = atoms.get(i);
      if (!years[i] && yearShaped(a) && !Filters.hedged(t, rules, t.skipSpaceBack(a.start()))) {
        boolean before = i > 0 && years[i - 1] && near(t, atoms.get(i - 1), a);
        boolean after = i + 1 < years.length && years[i + 1] && near(t, a, atoms.get(i + 1));
        years[i] = before || after;
      }
    }
    return years;
  }

  static boolean yearShaped(Atom a) {
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
  static boolean near(QuantityText t, Atom a, Atom b) {
    int gap = b.start() - a.end();
    return gap >= 0 && gap <= 6 && !t.folded(a.end(), b.start()).contains(",");
  }

  /** "2014-15", "Oct. 18-22", "4 au 6 novembre": the second half of a dropped year or date. */
  static boolean followsDropped(QuantityText t, Rules rules, Atom a, Atom dropped) {
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
            && a.has(Atom.DIGITS)
            && !dropped.has(Atom.GLUED_LEFT | Atom.GLUED_RIGHT | Atom.HYPHEN_LEFT)
            && dropped.value() <= 31
            && a.value() <= 31
            && a.integer()
            && gap > 0
            && gap <= 6;
    if (!days) {
      return false;
    }
    Match<RangeWords.Role> joint = rules.ranges.roles.longestAt(t, t.skipSpace(dropped.end()));
    return joint != null && t.skipSpace(joint.end()) == a.start();
  }

  static boolean year(QuantityText t, Rules rules, Atom a, int before) {
    int next = t.skipSpace(a.end());
    if (rules.calendar.yearAfter.longestAt(t, next) != null) {
      return true;
    }
    if (t.at(a.start() - 1) == '$'
        || Filters.hedged(t, rules, before)
        || rules.units.currencyBefore.longestBefore(t, before) != null) {
      return false;
    }
    Match<Boolean> word = rules.calendar.yearBefore.longestBefore(t, before);
    boolean cue =
        word != null
            || rules.calendar.months.longestBefore(t, before) != null
            || t.at(before - 1) == ','
                && rules.calendar.months.longestBefore(t, before - 1) != null;
    boolean plausible = a.value() >= 1900 && a.value() <= 2200;
    if (cue && (plausible || word != null && word.value())) {
      return true;
    }
    if (a.value() < 1900 || a.value() > 2100) {
      return false;
    }
    if (t.letter(next) && rules.units.at(t, next) != null && !startsWithMonth(t, rules, next)) {
      return false;
    }
    return true;
  }

  static boolean startsWithMonth(QuantityText t, Rules rules, int p) {
    return rules.calendar.months.longestAt(t, p) != null;
  }

  static boolean dayOfMonth(QuantityText t, Rules rules, Atom a, int before) {
    if (!a.integer() || a.value() < 1 || a.value() > 31 || a.has(Atom.GROUPED)) {
      return false;
    }
    int next = t.skipSpace(a.end());
    if (t.at(next) == '.' && !t.digit(next + 1)) {
      next = t.skipSpace(next + 1);
    }
    Match<Boolean> after = rules.calendar.months.longestAt(t, next);
    if (after != null && !verbLikeMonth(t, after)) {
      return true;
    }
    if (a.value() <= 31 && dayBeforeDay(t, rules, a.end())) {
      return true;
    }
    Match<Boolean> month = rules.calendar.months.longestBefore(t, before);
    if (month == null && t.at(before - 1) == '.') {
      month = rules.calendar.months.longestBefore(t, before - 1);
    }
    return month != null && !verbLikeMonth(t, month);
  }

  /** "du 6 au 12 août", "с 6 по 12 августа": a day, then a joining word, then a day and month. */
  static boolean dayBeforeDay(QuantityText t, Rules rules, int end) {
    int p = t.skipSpace(end);
    if (t.at(p) == '-') {
      p = t.skipSpace(p + 1);
    } else {
      Match<RangeWords.Role> joint = rules.ranges.roles.longestAt(t, p);
      if (joint == null) {
        return false;
      }
      p = t.skipSpace(joint.end());
    }
    if (!t.digit(p)) {
      return false;
    }
    int e = DigitNumbers.runEnd(t, p);
    Match<Boolean> month = e - p <= 2 ? rules.calendar.months.longestAt(t, t.skipSpace(e)) : null;
    return month != null && !verbLikeMonth(t, month);
  }

  /** "may" and "march" are months only when written with a capital. */
  static boolean verbLikeMonth(QuantityText t, Match<Boolean> month) {
    String m = t.folded(month.start(), month.end());
    return (m.equals("may") || m.equals("march")) && !t.upper(month.start());
  }

  /** "Sept. '24", "the '90s": two digits after an apostrophe that follows no letter. */
  static boolean yearAbbreviation(QuantityText t, Atom a) {
    return a.has(Atom.DIGITS) && t.at(a.start() - 1) == '\'' && !t.letter(a.start() - 2);
  }
}
