package org.vigie.text.language;

/**
 * Counts of letters per writing system in a sample of text, and the letters that tell Russian from
 * Ukrainian apart.
 */
record ScriptProfile(
    int letters, int latin, int cyrillic, int hangul, int ukrainianOnly, int russianOnly) {

  static ScriptProfile of(CharSequence text, int maxChars) {
    int letters = 0, latin = 0, cyrillic = 0, hangul = 0, uk = 0, ru = 0;
    int end = Math.min(text.length(), maxChars);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case LATIN -> latin++;
        case HANGUL -> hangul++;
        case CYRILLIC -> {
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
    return new ScriptProfile(letters, latin, cyrillic, hangul, uk, ru);
  }

  double share(int count) {
    return letters == 0 ? 0 : (double) count / letters;
  }
}
