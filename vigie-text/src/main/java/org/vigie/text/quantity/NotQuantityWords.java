package org.vigie.text.quantity;

import java.util.List;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;
import org.vigie.text.scan.QuantityText;

/**
 * The words around a number that make it a name, a model, a reference or a pronoun rather than a
 * quantity ("38 North", "Leopard 2", "article 5", "l'un"), and the words that stop a phrase. Read
 * by {@link NameFilter}, {@link Filters}, {@link Ranges} and {@link Subjects}.
 */
final class NotQuantityWords {

  final QuantityPhrases<Boolean> refs = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> stops = new QuantityPhrases<>();

  /** Read from the lexicons; no stage asks it yet. */
  final QuantityPhrases<Boolean> adjectives = new QuantityPhrases<>();

  /** A name that holds a number: "38 North", "Group of Seven". */
  final QuantityPhrases<Boolean> names = new QuantityPhrases<>();

  /** A weapon family whose models are numbered: "Leopard 2", "Hwasong 17", "Shahed 136". */
  final QuantityPhrases<Boolean> models = new QuantityPhrases<>();

  final QuantityPhrases<Boolean> weapons = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> streets = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> pronounBefore = new QuantityPhrases<>();

  /** Adds a form of a lexicon section of these words; false for a section of another class. */
  boolean add(String section, String form, Row row) {
    switch (section) {
      case "ref" -> refs.put(form, true);
      case "stop" -> stops.put(form, true);
      case "adjective" -> adjectives.put(form, true);
      case "model" -> models.put(form, true);
      case "name" -> names.put(form, true, QuantityText.hangul(form.charAt(form.length() - 1)));
      case "pronoun" -> pronounBefore.put(form, true);
      case "weapon" -> weapons.put(form, true, true);
      case "street" -> streets.put(form, row.column(1).equals("cap"));
      default -> {
        return false;
      }
    }
    return true;
  }

  void freeze() {
    for (QuantityPhrases<?> trie :
        List.of(refs, stops, adjectives, names, models, weapons, streets, pronounBefore)) {
      trie.freeze();
    }
  }
}
