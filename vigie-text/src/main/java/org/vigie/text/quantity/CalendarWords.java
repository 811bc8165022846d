package org.vigie.text.quantity;

import java.util.List;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;

/**
 * The words that make a number a date, a time or a rank rather than a quantity: month names, the
 * words before or after a year ("en 2024", "2024 год"), time and ordinal suffixes ("9h", "3rd"),
 * and the prepositions that make "9 heures" a time of day. Read by {@link CalendarFilter}, {@link
 * NumberSuffixes} and {@link DigitNumbers}.
 */
final class CalendarWords {

  final QuantityPhrases<Boolean> months = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> yearBefore = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> yearAfter = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> ordinalSuffixes = new QuantityPhrases<>();

  /** A time after a number; false when it needs a word of {@link #clockBefore} before it. */
  final QuantityPhrases<Boolean> timeSuffixes = new QuantityPhrases<>();

  /** A preposition that makes "9 heures", "9 годині", "9 часов" a time of day: "à", "о", "в". */
  final QuantityPhrases<Boolean> clockBefore = new QuantityPhrases<>();

  /** Adds a form of a lexicon section of these words; false for a section of another class. */
  boolean add(String section, String form, Row row) {
    switch (section) {
      case "month" -> months.put(form, true);
      case "year" ->
          (row.column(1).equals("after") ? yearAfter : yearBefore)
              .put(form, row.column(2).equals("strong"));
      case "ordinal" -> ordinalSuffixes.put(form, true, true);
      case "time" -> timeSuffixes.put(form, !row.column(1).strip().equals("clock"));
      case "clock" -> clockBefore.put(form, true);
      default -> {
        return false;
      }
    }
    return true;
  }

  void freeze() {
    for (QuantityPhrases<?> trie :
        List.of(months, yearBefore, yearAfter, ordinalSuffixes, timeSuffixes, clockBefore)) {
      trie.freeze();
    }
  }
}
