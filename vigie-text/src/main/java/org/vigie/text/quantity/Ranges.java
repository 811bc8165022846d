package org.vigie.text.quantity;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.claim.Modifier;
import org.vigie.text.quantity.RangeWords.Role;
import org.vigie.text.scan.QuantityPhrases.Match;
import org.vigie.text.scan.QuantityText;

/**
 * Joins two numbers into a range: "11 à 12 000", "11,000 to 12,000", "10-12k", "entre 10 000 et 12
 * 000", "between 10,000 and 11,000", "от 10 до 12 тысяч", "1만~1만2천". A first number without a scale
 * borrows the scale of the second when it is no larger than the second's mantissa, so "11 à 12 000"
 * is 11,000 to 12,000. A hyphen between two small whole numbers with the larger first is a score
 * ("2-1") and yields nothing.
 */
final class Ranges {

  private record Joint(int start, Role role, boolean dash) {}

  private Ranges() {}

  static List<Reading> join(QuantityText t, Rules rules, List<Atom> atoms) {
    List<Reading> out = new ArrayList<>(atoms.size());
    for (int i = 0; i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      if (i + 1 < atoms.size()
          && a.kind() == Atom.Kind.NUMBER
          && atoms.get(i + 1).kind() == Atom.Kind.NUMBER) {
        Atom b = atoms.get(i + 1);
        Joint joint = joint(t, rules, a, b);
        if (joint != null && joint.role() == Role.OUT_OF) {
          Reading share = share(t, rules, a, b);
          if (share != null) {
            out.add(share);
            i++;
            continue;
          }
        } else if (joint != null) {
          Reading range = range(a, b, joint);
          if (range != null) {
            out.add(range);
            i++;
            continue;
          }
          if (joint.dash() && score(a, b)) {
            i++;
            continue;
          }
        }
      }
      out.add(Reading.of(a));
    }
    return out;
  }

  private static Reading range(Atom a, Atom b, Joint joint) {
    double lo = a.value();
    double hi = b.value();
    boolean borrow =
        !a.has(Atom.SCALED)
            && !a.has(Atom.GROUPED)
            && b.scale() > 1
            && a.value() <= b.mantissa()
            && a.value() > 0;
    if (borrow) {
      lo = Decimal.times(a.value(), b.scale());
    }
    if (!(lo < hi)) {
      return null;
    }
    UnitWord unit = b.unit() != null ? b.unit() : a.unit();
    return new Reading(
        joint.start(),
        b.end(),
        a.start(),
        b.end(),
        null,
        lo,
        hi,
        Modifier.RANGE,
        unit,
        a.flags() | b.flags());
  }

  private static boolean score(Atom a, Atom b) {
    return a.integer()
        && b.integer()
        && a.value() >= b.value()
        && a.value() < 200
        && a.unit() == null
        && b.unit() == null
        && !a.has(Atom.GROUPED);
  }

  /** How the gap between two numbers joins them, or null when it does not. */
  private static Joint joint(QuantityText t, Rules rules, Atom a, Atom b) {
    if (a.unit() != null && b.unit() != null && !a.unit().equals(b.unit())) {
      return null;
    }
    int p = t.skipSpace(a.end());
    UnitWord between = null;
    if (t.letter(p)) {
      Match<UnitWord> unit = rules.units.at(t, p);
      if (unit != null && rules.ranges.roles.longestAt(t, p) == null) {
        between = unit.value();
        p = t.skipSpace(unit.end());
      }
    }
    Role role;
    boolean dash = false;
    char ch = t.at(p);
    if (ch == '-' || ch == '~') {
      role = Role.TO;
      dash = ch == '-';
      p++;
    } else {
      Match<Role> m = rules.ranges.roles.longestAt(t, p);
      if (m == null && a.value() == 1 && a.has(Atom.SPELLED)) {
        m = outOfAfterNoun(t, rules, p);
      }
      if (m == null
          || m.value() == Role.BETWEEN
          || m.value() == Role.FROM
          || m.value() == Role.NONE) {
        return null;
      }
      role = m.value();
      p = m.end();
    }
    p = t.skipSpace(p);
    Match<UnitWord> currency = rules.units.currencyBefore.longestBefore(t, b.start());
    if (currency != null && currency.start() >= p) {
      if (percent(a.unit())) {
        return null;
      }
      p = currency.start() == p ? b.start() : p;
    }
    if (p != b.start()) {
      return null;
    }
    if (between != null && role != Role.OUT_OF && !sameUnitAfter(t, rules, b, between)) {
      return null;
    }
    if ((percent(a.unit()) || percent(between))
        && !percent(b.unit())
        && !(between != null && sameUnitAfter(t, rules, b, between))) {
      return null;
    }
    Match<Role> opener = rules.ranges.roles.longestBefore(t, openerEnd(t, rules, a));
    if (opener != null && opener.value() == Role.NONE && b.value() > 3 * a.value()) {
      return null;
    }
    boolean between2 = opener != null && opener.value() == Role.BETWEEN;
    boolean from = opener != null && opener.value() == Role.FROM;
    if (role == Role.AND && !between2 || role == Role.UNTIL && !from) {
      return null;
    }
    int start = opener != null && (between2 || from) ? opener.start() : a.start();
    return new Joint(start, role, dash);
  }

  /** "un soldat sur dix", "one soldier in ten": a noun between "one" and "in". */
  static Match<Role> outOfAfterNoun(QuantityText t, Rules rules, int p) {
    int q = p;
    for (int words = 0; words < 2 && t.letter(q); words++) {
      q = t.skipSpace(t.wordEnd(q));
      Match<Role> m = rules.ranges.roles.longestAt(t, q);
      if (m != null && m.value() == Role.OUT_OF) {
        return m;
      }
    }
    return null;
  }

  private static boolean percent(UnitWord u) {
    return u != null && u.kind() == UnitWord.Kind.PERCENT;
  }

  /** "one in three", "3 sur 10", "1 из 5": a share, as a percent. */
  private static Reading share(QuantityText t, Rules rules, Atom a, Atom b) {
    boolean small =
        a.integer()
            && b.integer()
            && a.value() >= 1
            && a.value() < b.value()
            && b.value() <= 1000
            && a.unit() == null
            && b.unit() == null;
    int next = t.skipSpace(b.end());
    Match<UnitWord> unit = t.letter(next) ? rules.units.at(t, next) : null;
    if (!small || unit != null && unit.value().kind() != UnitWord.Kind.COUNT) {
      return null;
    }
    if (a.value() > 1
        && t.letter(next)
        && !t.upper(next)
        && rules.notQuantity.stops.longestAt(t, next) == null) {
      return null;
    }
    double percent = Decimal.tidy(100 * a.value() / b.value());
    return new Reading(
        a.start(),
        b.end(),
        a.start(),
        b.end(),
        percent,
        percent,
        percent,
        Modifier.EXACT,
        DigitNumbers.percent(),
        a.flags() | b.flags());
  }

  /** Where a word opening a range would end: before the number and any currency sign. */
  private static int openerEnd(QuantityText t, Rules rules, Atom a) {
    int before = t.skipSpaceBack(a.start());
    Match<UnitWord> currency = rules.units.currencyBefore.longestBefore(t, before);
    return currency != null ? t.skipSpaceBack(currency.start()) : before;
  }

  private static boolean sameUnitAfter(QuantityText t, Rules rules, Atom b, UnitWord unit) {
    int q = t.skipSpace(b.end());
    Match<UnitWord> after = rules.units.at(t, q);
    return after != null && after.value().lemma().equals(unit.lemma());
  }
}
