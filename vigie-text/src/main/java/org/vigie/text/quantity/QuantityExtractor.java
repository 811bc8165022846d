package org.vigie.text.quantity;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.claim.Quantity;
import org.vigie.text.lang.LanguagePacks;
import org.vigie.text.language.ScriptGuess;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.QuantityText;

/**
 * Finds every quantity in a text and says what it means: "Les milliers de soldats nord-coréens" is
 * a vague 2,000 to 9,999 soldiers of North Korea; "plus d'un millier de soldats russes par jour"
 * more than 1,000 Russian soldiers a day; "11 à 12 000" the range 11,000 to 12,000. French,
 * English, Russian, Ukrainian and Korean; words are read by their script, so a French text is read
 * with the French and English lexicons. Years, dates, times, designations ("KN-23", "Su-34"),
 * ordinals and the numbers of articles or pages are left out.
 *
 * <p>Thread-safe and cheap to share: the lexicons are loaded once per language.
 */
public final class QuantityExtractor {

  /** The languages with rules of their own: fr, en, ru, uk, ko. */
  public static final List<String> SUPPORTED = LanguagePacks.TAGS;

  private final ActorLookup actors;

  public QuantityExtractor() {
    this(new BuiltInActors());
  }

  public QuantityExtractor(ActorLookup actors) {
    this.actors = actors;
  }

  /**
   * The quantities of {@code text}, in order, with offsets in UTF-16 units.
   *
   * @param lang the language of the text (BCP 47); another or {@code und} lets the script decide
   */
  public List<Quantity> extract(String text, String lang) {
    return extract(FoldedText.of(text), lang);
  }

  /**
   * The quantities of a text already folded for the other stages, so that it is folded once.
   *
   * @param lang the language of the text (BCP 47); another or {@code und} lets the script decide
   */
  public List<Quantity> extract(FoldedText text, String lang) {
    Rules rules = Rules.forLanguage(rulesLanguage(text.text, lang));
    QuantityText t = QuantityText.of(text);
    List<Atom> atoms = Filters.keep(t, rules, Scanner.atoms(t, rules));
    List<Reading> readings = Ranges.join(t, rules, atoms);
    List<Quantity> quantities = new ArrayList<>(readings.size());
    int previousEnd = -1;
    for (Reading r : readings) {
      quantities.add(
          Subjects.describe(t, rules, actors, Modifiers.apply(t, rules, r, previousEnd)));
      previousEnd = r.end();
    }
    return quantities;
  }

  /**
   * The language whose rules read a text: {@code lang} when it has a lexicon, else the likeliest
   * one for the text's script (Hangul Korean, Cyrillic Russian or Ukrainian, Latin French or
   * English), so that a one-line text misnamed by a language detector still finds its numbers.
   */
  public static String rulesLanguage(String text, String lang) {
    if (LanguagePacks.has(lang)) {
      return lang;
    }
    return ScriptGuess.of(text);
  }
}
