package org.vigie.text.lang.en;

import org.vigie.text.lang.LanguagePack;

/**
 * English: a decimal point, numeric dates month first (11/04/2024 is 4 November), and plural nouns
 * outside the lexicon read as what a number counts ("12 goals").
 */
public final class EnglishPack implements LanguagePack {

  @Override
  public String tag() {
    return "en";
  }

  @Override
  public boolean commaDecimal() {
    return false;
  }

  @Override
  public boolean monthFirst() {
    return true;
  }

  @Override
  public boolean guessesNouns() {
    return true;
  }

  /** A plain lower-case word of three letters or more, not a participle or an adverb. */
  @Override
  public String guessedNounLemma(String folded) {
    if (folded.length() < 3
        || folded.endsWith("ed")
        || folded.endsWith("ly")
        || folded.endsWith("ing")
        || !folded.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
      return null;
    }
    return singular(folded);
  }

  /** "goals" is "goal", "countries" "country", "boxes" "box"; "bus" and "crisis" stay. */
  static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
