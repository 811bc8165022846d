package org.vigie.text.quantity;

import java.util.List;
import java.util.Locale;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;

/**
 * The words that qualify a number ("about", "plus de", "более", "약", "이상"), before or after it, the
 * words of a change that make it no hedge ("rose by"), what may stand between a hedge and its
 * number, and the words of "both". Read by {@link Modifiers} and the filters.
 */
final class HedgeWords {

  final QuantityPhrases<Hedge> before = new QuantityPhrases<>();
  final QuantityPhrases<Hedge> after = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> changes = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> gaps = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> both = new QuantityPhrases<>();

  /** Adds a form of a lexicon section of these words; false for a section of another class. */
  boolean add(String section, String form, Row row) {
    switch (section) {
      case "modifier" -> {
        Hedge hedge = Hedge.valueOf(row.column(2).toUpperCase(Locale.ROOT));
        boolean glued =
            Character.UnicodeBlock.of(form.charAt(0)) == Character.UnicodeBlock.HANGUL_SYLLABLES;
        (row.column(1).equals("after") ? after : before).put(form, hedge, glued);
      }
      case "change" -> changes.put(form, true, true);
      case "gap" -> gaps.put(form, true);
      case "both" -> both.put(form, true);
      default -> {
        return false;
      }
    }
    return true;
  }

  void freeze() {
    for (QuantityPhrases<?> trie : List.of(before, after, changes, gaps, both)) {
      trie.freeze();
    }
  }
}
