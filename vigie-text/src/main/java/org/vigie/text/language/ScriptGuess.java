package org.vigie.text.language;

import java.util.Set;
import org.vigie.text.scan.Fold;

/**
 * Guesses which language pack reads a text from its letters alone, for a text whose language is
 * unknown or has no pack: the script first ({@link ScriptProfile}, letters and signs alike), then
 * letters only Ukrainian or only Russian use, then a handful of French and English function words.
 */
public final class ScriptGuess {

  private static final int SAMPLE = 20_000;
  private static final Set<String> FRENCH =
      Set.of(
          "le",
          "la",
          "les",
          "des",
          "du",
          "est",
          "et",
          "une",
          "dans",
          "que",
          "qui",
          "sur",
          "pour",
          "au",
          "aux",
          "selon",
          "ont",
          "sont",
          "plus",
          "de",
          "d",
          "l",
          "soldats",
          "obus",
          "environ",
          "pres",
          "moins",
          "mille",
          "milliers",
          "dizaines",
          "centaines",
          "morts",
          "blesses",
          "troupes",
          "hommes",
          "sept",
          "huit",
          "neuf",
          "cent",
          "cents",
          "deux",
          "trois",
          "quatre",
          "cinq",
          "dix",
          "ans",
          "jours",
          "entre",
          "jusqu",
          "quelque",
          "auraient",
          "ete",
          "avec",
          "par",
          "contre");
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "and",
          "of",
          "to",
          "is",
          "was",
          "were",
          "in",
          "that",
          "with",
          "for",
          "on",
          "have",
          "has",
          "by",
          "from",
          "than",
          "are",
          "said",
          "troops",
          "soldiers",
          "shells",
          "killed",
          "wounded",
          "about",
          "nearly",
          "more",
          "over",
          "least",
          "around",
          "people",
          "some",
          "up",
          "two",
          "three",
          "four",
          "five",
          "seven",
          "eight",
          "nine",
          "ten",
          "hundred",
          "thousand",
          "thousands",
          "dozens",
          "years",
          "days",
          "between",
          "according");

  private ScriptGuess() {}

  /** The tag of the likeliest pack for {@code text}: ko, uk, ru, fr or en. */
  public static String of(String text) {
    ScriptProfile p = ScriptProfile.of(text, SAMPLE);
    int latin = p.latin() + p.latinSigns();
    int cyrillic = p.cyrillic() + p.cyrillicSigns();
    int hangul = p.hangul() + p.hangulSigns();
    if (hangul > 0 && hangul * 3 >= latin + cyrillic) {
      return "ko";
    }
    if (cyrillic > latin) {
      return p.ukrainianOnly() > p.russianOnly() ? "uk" : "ru";
    }
    return frenchOrEnglish(text, Math.min(text.length(), SAMPLE));
  }

  private static String frenchOrEnglish(String text, int end) {
    int fr = 0;
    for (int i = 0; i < end; i++) {
      if ("éèêàâçôûîïëù".indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
        fr++;
      }
    }
    int en = 0;
    int i = 0;
    while (i < end) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < end && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j - i <= 9) {
        String w = Fold.ofForQuantities(text.substring(i, j));
        if (FRENCH.contains(w)) {
          fr++;
        } else if (ENGLISH.contains(w)) {
          en++;
        }
      }
      i = j;
    }
    return fr > en ? "fr" : "en";
  }
}
