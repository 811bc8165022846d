package org.vigie.text.quantity;

import java.util.Set;
import org.vigie.text.scan.QuantityPhrases.Match;
import org.vigie.text.scan.QuantityText;

/**
 * The numbers that name rather than count: designations ("M26", "KN-23", "Su-34", "ID.3"), parts of
 * proper names ("Apple Watch 5", "FTSE 100"), street numbers, footnote marks, phone numbers and
 * calibres ("152 mm shells").
 */
final class NameFilter {

  static final Set<String> HYPHEN_PREFIXES =
      Set.of(
          "now", "then", "over", "under", "sub", "top", "mid", "post", "pre", "ca", "circa", "some",
          "approx", "about", "up", "more", "plus", "moins", "near", "nearly", "almost");
  static final Set<Double> CALIBRES =
      Set.of(
          5.45, 5.56, 7.62, 9.0, 12.7, 14.5, 20.0, 23.0, 30.0, 35.0, 40.0, 57.0, 60.0, 73.0, 76.0,
          81.0, 82.0, 100.0, 105.0, 107.0, 115.0, 120.0, 122.0, 125.0, 130.0, 140.0, 152.0, 155.0,
          170.0, 175.0, 180.0, 203.0, 220.0, 240.0, 300.0);

  private NameFilter() {}

  static boolean gluedCurrency(QuantityText t, Rules rules, Atom a) {
    if (rules.units.currencyBefore.longestBefore(t, a.start()) != null) {
      return true;
    }
    char ch = t.at(a.start() - 1);
    return QuantityText.hangul(ch) && ch != '제';
  }

  static Atom hyphenLeft(QuantityText t, Atom a) {
    int hyphen = a.start() - 1;
    String word = t.folded(t.wordStartBack(hyphen), hyphen);
    if (Filters.NEGATIVE_WORDS.contains(word)) {
      return a.negated(a.start());
    }
    return HYPHEN_PREFIXES.contains(word) ? a : null;
  }

  /** "Apple Watch 5", "FTSE 100", "Game 7", "Formula One": a number closing a proper name. */
  static boolean namePart(QuantityText t, Rules rules, Atom a, int before) {
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
    if (t.at(next) == '%' || t.letter(next) && rules.units.at(t, next) != null) {
      return false;
    }
    if (Filters.hedged(t, rules, before)
        || rules.units.currencyBefore.longestBefore(t, before) != null
        || rules.calendar.months.longestBefore(t, before) != null
        || rules.spelled.quantifiers.longestBefore(t, before) != null
        || rules.notQuantity.stops.longestBefore(t, before) != null) {
      return false;
    }
    boolean acronym = before - wordStart >= 2 && t.upper(wordStart + 1) || !t.upper(wordStart);
    return acronym || !sentenceStart(t, wordStart);
  }

  /** "Leopard 2 tanks", "Shahed 136", "Хвасон 17": a model number after a weapon family. */
  static boolean model(QuantityText t, Rules rules, Atom a, int before) {
    return before < a.start()
        && a.has(Atom.DIGITS)
        && !a.has(Atom.GROUPED | Atom.SCALED)
        && a.value() < 1000
        && rules.notQuantity.models.longestBefore(t, before) != null;
  }

  /** A name of the lexicon holding the number: "38 North", "the Group of Seven", "38노스". */
  static boolean listedName(QuantityText t, Rules rules, Atom a) {
    Match<Boolean> name = rules.notQuantity.names.longestAt(t, a.start());
    if (name == null) {
      name = rules.notQuantity.names.longestBefore(t, a.end());
    }
    if (name == null || name.start() > a.start() || name.end() < a.end()) {
      return false;
    }
    int next = t.skipSpace(name.end());
    return !(next > name.end() && t.upper(next));
  }

  static boolean sentenceStart(QuantityText t, int wordStart) {
    int p = t.skipSpaceBack(wordStart);
    if (p == 0) {
      return true;
    }
    char ch = t.at(p - 1);
    // the quotation marks that open a sentence here: not every mark that folds to '"' (» „ ＂)
    char mark = t.original(p - 1);
    return ch == '.'
        || ch == '!'
        || ch == '?'
        || ch == '\n'
        || mark == '"'
        || mark == '«'
        || mark == '\u201C'
        || mark == '\u201D'
        || p < wordStart && t.at(p) == '\n';
  }

  static String previousWord(QuantityText t, int before) {
    int s = t.wordStartBack(before);
    return s < before && s > before - 8 ? t.folded(s, before) : "";
  }

  /** "10 Downing Street", "9 E 71st St", "16-18 Industrial Avenue", "12 rue de Rivoli". */
  static boolean address(QuantityText t, Rules rules, Atom a) {
    if (!a.integer() || a.has(Atom.GROUPED) || a.digits() > 5 || a.has(Atom.SPELLED)) {
      return false;
    }
    int p = a.end();
    if (t.at(p) == '-' && t.digit(p + 1)) {
      p = DigitNumbers.runEnd(t, p + 1);
    }
    p = t.skipSpace(p);
    for (int words = 0; words < 4 && t.alnum(p); words++) {
      Match<Boolean> street = rules.notQuantity.streets.longestAt(t, p);
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

  /** "[12]", "(4)": a footnote mark or a number in a list, not an amount. */
  static boolean enclosed(QuantityText t, Atom a) {
    // ASCII brackets only: a full-width "（4）" is not read as a mark
    char open = t.original(a.start() - 1);
    char close = t.original(a.end());
    boolean mark = a.integer() && a.value() < 100 && !a.has(Atom.GROUPED);
    return (open == '[' && close == ']' || open == '(' && close == ')') && mark;
  }

  static boolean phone(QuantityText t, Atom a) {
    if (t.at(a.start() - 1) != '+') {
      return false;
    }
    return a.has(Atom.GROUPED) && t.at(a.end()) != '%'
        || t.at(a.end()) == ' ' && t.digit(a.end() + 1)
        || t.at(a.end()) == '-' && t.digit(a.end() + 1)
        || t.at(a.end()) == ' ' && t.original(a.end() + 1) == '(';
  }

  /** "152 mm artillery shells", "240-mm rocket launchers": a calibre, not an amount. */
  static boolean calibre(QuantityText t, Rules rules, Atom a) {
    if (!CALIBRES.contains(a.value())) {
      return false;
    }
    int p = a.end();
    if (t.at(p) == ' ' || t.at(p) == '-') {
      p++;
    }
    Match<UnitWord> unit = rules.units.at(t, p);
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
      if (t.letter(q) && !t.letter(q - 1) && rules.notQuantity.weapons.longestAt(t, q) != null) {
        return true;
      }
    }
    int limit = Math.min(t.length, unit.end() + 60);
    for (int q = unit.end(); q < limit; q++) {
      char ch = t.at(q);
      if (ch == '.' || ch == ';' || ch == '\n') {
        return false;
      }
      if (t.letter(q) && !t.letter(q - 1) && rules.notQuantity.weapons.longestAt(t, q) != null) {
        return true;
      }
    }
    return false;
  }
}
