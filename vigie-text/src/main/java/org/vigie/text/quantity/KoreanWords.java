package org.vigie.text.quantity;

import java.util.HashMap;
import java.util.Map;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;

/**
 * The Korean number words of the Korean lexicon: native numerals read before a counter ("두", "열두")
 * and the Sino-Korean digits ("삼" in "삼천"). Read by {@link KoreanNumbers}.
 */
final class KoreanWords {

  final QuantityPhrases<Double> natives = new QuantityPhrases<>();
  final Map<Character, Double> sino = new HashMap<>();

  /** Adds a form of a lexicon section of these words; false for a section of another class. */
  boolean add(String section, String form, Row row) {
    switch (section) {
      case "native" -> natives.put(form, row.number(1), true);
      case "sino" -> sino.put(form.charAt(0), row.number(1));
      default -> {
        return false;
      }
    }
    return true;
  }

  void freeze() {
    natives.freeze();
  }
}
