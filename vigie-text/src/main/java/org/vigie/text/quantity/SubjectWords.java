package org.vigie.text.quantity;

import java.util.List;
import org.vigie.text.scan.Lexicon.Row;

/**
 * The words of what a quantity counts beyond its unit: the rate words ("par jour", "a day", "в
 * сутки", "하루에"), the linkers that join a noun to its complement ("of", "de", "의") and the
 * determiners, and the reporting verbs after which a sentence says whose thing is counted ("the
 * minister said North Korea had sent"). Read by {@link Subjects} and {@link VagueWords}.
 */
final class SubjectWords {

  final PhraseTrie<String> perAfter = new PhraseTrie<>();
  final PhraseTrie<String> perBefore = new PhraseTrie<>();
  final PhraseTrie<Boolean> linkers = new PhraseTrie<>();
  final PhraseTrie<Boolean> determiners = new PhraseTrie<>();
  final PhraseTrie<Boolean> reporting = new PhraseTrie<>();

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
    for (PhraseTrie<?> trie : List.of(perAfter, perBefore, linkers, determiners, reporting)) {
      trie.freeze();
    }
  }
}
