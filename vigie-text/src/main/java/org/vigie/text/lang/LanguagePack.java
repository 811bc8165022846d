package org.vigie.text.lang;

import java.util.List;
import org.vigie.text.scan.FoldedText;

/**
 * What one language brings to the stages that read every language: its lexicons and the few rules
 * that are its own, so that a stage asks the pack instead of testing a language tag. Each language
 * has a package of its own ({@code org.vigie.text.lang.fr}, {@code .en}, {@code .ru}, {@code .uk},
 * {@code .ko}) with its pack and its resource files, and {@link LanguagePacks} reads them from the
 * one list {@code META-INF/services/org.vigie.text.lang.LanguagePack}: adding a language touches
 * one package and that list.
 */
public interface LanguagePack {

  /** The stable BCP 47 tag of the language, lower case: {@code "fr"}. */
  String tag();

  /** Whether a comma marks the decimals ("1,5 million"); if not, a point does. */
  boolean commaDecimal();

  /** Whether a numeric date writes the month first: "11/04/2024" is 4 November. */
  default boolean monthFirst() {
    return false;
  }

  /**
   * Whether particles are written onto the word before them (Korean "북한군이", "300명은"), so that a
   * unit word of this language may start a longer word.
   */
  default boolean particlesJoinWords() {
    return false;
  }

  /**
   * The words whose grammar alone reports what others said, rather than a word of the cue lexicon
   * (the French journalistic conditional "auraient été tués"), in {@code [from, to)}, by start. The
   * certainty stage reads each as a reportative cue; the pack names no certainty type, so that
   * packs stay below the stages.
   */
  default List<ReportativeForm> reportativeForms(FoldedText t, int from, int to) {
    return List.of();
  }

  /**
   * Whether {@link #guessedNounLemma} may read a word outside the unit lexicon as the noun a number
   * counts; a cheap first test.
   */
  default boolean guessesNouns() {
    return false;
  }

  /**
   * The lemma of a folded word outside the unit lexicon that reads as the noun a number counts
   * ("goals" is "goal"), or null.
   */
  default String guessedNounLemma(String folded) {
    return null;
  }

  /** The class path resource of this language's quantity lexicon (docs/quantities.md). */
  default String quantityLexicon() {
    return resource("quantities.tsv");
  }

  /**
   * The class path of a resource of this pack ({@code "cues.tsv"}): files of a language live in its
   * package, so that adding a language touches one package.
   */
  default String resource(String name) {
    return "/org/vigie/text/lang/" + tag() + "/" + name;
  }
}
