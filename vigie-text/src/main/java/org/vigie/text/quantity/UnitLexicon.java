package org.vigie.text.quantity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.text.scan.Fold;
import org.vigie.text.scan.Lexicon;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;
import org.vigie.text.scan.QuantityText;

/**
 * The units a number counts (the packs' {@code units.tsv} and the one of every language: soldiers,
 * shells, dollars, per cent), the currency signs written before it ("$", "€"), and the Korean
 * particles glued to a unit ("명이", "발과").
 */
final class UnitLexicon {

  final QuantityPhrases<UnitWord> words = new QuantityPhrases<>();
  final QuantityPhrases<UnitWord> currencyBefore = new QuantityPhrases<>();
  final QuantityPhrases<Boolean> particles = new QuantityPhrases<>();

  /**
   * The unit at {@code p}. A Korean unit is glued to its particle ("명이", "발과"): the rest of the
   * word must be a particle, so that "분" (minutes) is not found in "분량".
   */
  QuantityPhrases.Match<UnitWord> at(QuantityText t, int p) {
    QuantityPhrases.Match<UnitWord> m = words.longestAt(t, p);
    if (m == null
        || !QuantityText.hangul(t.at(m.end() - 1))
        || !t.letter(m.end())
        || m.value().kind() == UnitWord.Kind.COUNTER) {
      return m;
    }
    QuantityPhrases.Match<Boolean> particle = particles.longestAt(t, m.end());
    return particle != null && !t.letter(particle.end()) ? m : null;
  }

  /** Adds a form of a language lexicon's section of particles; false for another section. */
  boolean add(String section, String form) {
    if (!section.equals("particle")) {
      return false;
    }
    particles.put(form, true, true);
    return true;
  }

  /**
   * Adds the units and currencies of a {@code units.tsv} (the one of every language, or a pack's)
   * whose forms no earlier language has ({@code seen}, folded); a form already in is kept.
   */
  void addUnits(Lexicon file, Set<String> seen, boolean particlesJoinWords) {
    for (Row row : file.rows("unit")) {
      UnitWord.Kind kind = UnitWord.Kind.valueOf(row.column(2).toUpperCase(Locale.ROOT));
      UnitWord unit = new UnitWord(row.column(1), kind);
      for (String form : row.forms(0)) {
        if (!seen.contains(Fold.of(form)) && !words.contains(form)) {
          words.put(form, unit, kind == UnitWord.Kind.COUNTER || particlesJoinWords);
        }
      }
    }
    for (Row row : file.rows("currency-before")) {
      UnitWord unit = new UnitWord(row.column(1), UnitWord.Kind.CURRENCY);
      row.forms(0).forEach(form -> currencyBefore.put(form, unit));
    }
  }

  void freeze() {
    for (QuantityPhrases<?> trie : List.of(words, currencyBefore, particles)) {
      trie.freeze();
    }
  }
}
