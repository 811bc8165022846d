package org.vigie.text.quantity;

import java.util.List;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;

/**
 * The words of what a quantity counts beyond its unit: the rate words ("par jour", "a day", "в
 * сутки", "하루에"), the linkers that join a noun to its complement ("of", "de", "의") and the
 * determiners, and the reporting verbs after which a sentence says whose thing is counted ("the
 * minister said North Korea had sent"). Read by {@link Subjects} and {@link VagueWords}.
 */
final class SubjectWords {

  final QuantityPhrases<String> perAfter = new QuantityPhrases<>();
  final QuantityPhrases<String> perBefore = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> linkers = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> determiners = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> reporting = new QuantityPhrases<>();

  /** Adds a form of a lexicon section of these words; false for a section of another class. */
  boolean add(String section, String form, Row row) {
    switch (section) {
      case "per" ->
          (row.column(2).equals("before") ? perBefore : perAfter).put(form, row.column(1));
      case "linker" -> linkers.put(form, true);
      case "determiner" -> determiners.put(form, true);
      case "reporting" -> reporting.put(form, true);
      default -> {
        return false;
      }
    }
    return true;
  }

  void freeze() {
    for (QuantityPhrases<?> trie : List.of(perAfter, perBefore, linkers, determiners, reporting)) {
      trie.freeze();
    }
  }
}
