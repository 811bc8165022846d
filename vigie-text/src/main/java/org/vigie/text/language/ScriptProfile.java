package org.vigie.text.language;

/**
 * Counts of letters per writing system in a sample of text, and the letters that tell Russian from
 * Ukrainian apart: what both the language identifier and the rules-language guess ({@link
 * ScriptGuess}) read first. The units of a script that are not letters (Roman numerals "Ⅻ", circled
 * Hangul "㈜", Cyrillic combining marks) are counted apart, as signs: only the guess counts them.
 */
public record ScriptProfile(
    int letters,
    int latin,
    int cyrillic,
    int hangul,
    int ukrainianOnly,
    int russianOnly,
    int latinSigns,
    int cyrillicSigns,
    int hangulSigns) {

  /** The profile of the first {@code maxChars} UTF-16 units of {@code text}. */
  public static ScriptProfile of(CharSequence text, int maxChars) {
    int letters = 0, latin = 0, cyrillic = 0, hangul = 0, uk = 0, ru = 0;
    int latinSigns = 0, cyrillicSigns = 0, hangulSigns = 0;
    int end = Math.min(text.length(), maxChars);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetter(c);
      if (c < 0x80) {
        // an ASCII letter is Latin; skipping the script table keeps the common case cheap
        if (letter) {
          letters++;
          latin++;
        }
        continue;
      }
      if (letter) {
        letters++;
      }
      switch (Character.UnicodeScript.of(c)) {
        case LATIN -> {
          if (letter) {
            latin++;
          } else {
            latinSigns++;
          }
        }
        case HANGUL -> {
          if (letter) {
            hangul++;
          } else {
            hangulSigns++;
          }
        }
        case CYRILLIC -> {
          if (!letter) {
            cyrillicSigns++;
            continue;
          }
          cyrillic++;
          switch (Character.toLowerCase(c)) {
            case 'і', 'ї', 'є', 'ґ' -> uk++;
            case 'ы', 'э', 'ъ', 'ё' -> ru++;
            default -> {}
          }
        }
        default -> {}
      }
    }
    return new ScriptProfile(
        letters, latin, cyrillic, hangul, uk, ru, latinSigns, cyrillicSigns, hangulSigns);
  }

  /** The share of the letters that {@code count} is. */
  double share(int count) {
    return letters == 0 ? 0 : (double) count / letters;
  }
}
