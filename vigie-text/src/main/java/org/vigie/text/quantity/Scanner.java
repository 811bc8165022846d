package org.vigie.text.quantity;

import java.util.ArrayList;
import java.util.List;
import org.vigie.text.scan.Fold;
import org.vigie.text.scan.QuantityPhrases.Match;
import org.vigie.text.scan.QuantityText;

/**
 * One pass over the text that stops only at digits and at words that may start a number (a
 * first-letter table, then the lexicon trie), and reads the number there. Nothing is allocated for
 * the words in between.
 */
final class Scanner {

  private Scanner() {}

  static List<Atom> atoms(QuantityText t, Rules rules) {
    List<Atom> atoms = new ArrayList<>();
    char[] c = t.c;
    int n = t.length;
    int i = 0;
    while (i < n) {
      char ch = c[i];
      if (ch >= '0' && ch <= '9') {
        Atom a = signed(t, DigitNumbers.read(t, i, rules));
        atoms.add(a);
        i = Math.max(a.end(), DigitNumbers.runEnd(t, i));
        continue;
      }
      if (Fold.kind(ch) != Fold.LETTER) {
        int vulgar = DigitNumbers.VULGAR.indexOf(ch);
        if (vulgar >= 0 && !t.alnum(i - 1) && !t.alnum(i + 1)) {
          double v = DigitNumbers.VULGAR_VALUES[vulgar];
          atoms.add(Atom.number(i, i + 1, v, v, 1, Atom.DIGITS | Atom.DECIMAL, 0, null));
        }
        i++;
        continue;
      }
      if (i > 0 && Fold.kind(c[i - 1]) == Fold.LETTER) {
        i = t.wordEnd(i);
        continue;
      }
      Atom a = word(t, rules, i, ch);
      if (a != null) {
        atoms.add(a);
        i = Math.max(a.end(), i + 1);
      } else {
        i = t.wordEnd(i);
      }
    }
    return atoms;
  }

  private static Atom word(QuantityText t, Rules rules, int i, char ch) {
    if (ch >= '\uAC00' && ch <= '\uD7A3') {
      return KoreanNumbers.spelled(t, i, rules);
    }
    if (!rules.spelled.numbers.mayStartWith(ch)
        || !rules.spelled.numberStarts.contains(t.c, i, t.wordEnd(i))) {
      return null;
    }
    Match<Word> m = rules.spelled.numbers.longestAt(t, i);
    return m == null ? null : SpelledNumbers.read(t, rules, m);
  }

  /** A minus sign right before the digits, not joining two numbers: "-5 yards", "−3 %". */
  private static Atom signed(QuantityText t, Atom a) {
    int s = a.start();
    if (a.kind() != Atom.Kind.NUMBER || t.at(s - 1) != '-' || t.letter(s - 2) || t.digit(s - 2)) {
      return a;
    }
    if (t.at(s - 2) == '%') {
      return a;
    }
    return a.negated(s - 1);
  }
}
