package org.vigie.text.quantity;

import java.util.Set;
import org.vigie.text.scan.Fold;

/**
 * Guesses which supported language a text is in from its letters alone: the script first, then
 * letters only Ukrainian or only Russian use, then a handful of French and English function words.
 */
final class ScriptGuess {

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

  static String of(String text) {
    int latin = 0;
    int cyrillic = 0;
    int hangul = 0;
    int uk = 0;
    int ru = 0;
    int end = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < end; i++) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        if (Character.isLetter(ch)) {
          latin++;
        }
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(ch);
      switch (script) {
        case LATIN -> latin++;
        case HANGUL -> hangul++;
        case CYRILLIC -> {
          cyrillic++;
          switch (Character.toLowerCase(ch)) {
            case 'і', 'ї', 'є', 'ґ' -> uk++;
            case 'ы', 'э', 'ъ', 'ё' -> ru++;
            default -> {}
          }
        }
        default -> {}
      }
    }
    if (hangul > 0 && hangul * 3 >= latin + cyrillic) {
      return "ko";
    }
    if (cyrillic > latin) {
      return uk > ru ? "uk" : "ru";
    }
    return frenchOrEnglish(text, end);
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
