package org.vigie.text.scan;

import java.text.Normalizer;

/**
 * The character folding every lexicon lookup goes through, quantities and claim context alike. It
 * maps one UTF-16 unit to one, so offsets into the folded text are offsets into the original: lower
 * case, Latin accents dropped ("Corée" reads "coree"), every space a space, every line break a
 * newline, every apostrophe {@code '}, every dash {@code -}, every double quotation mark {@code "},
 * full-width digits, signs and brackets ASCII, Russian {@code ё} read as {@code е}.
 *
 * <p>The quantity stages read the Latin Extended-B letters with their accent ({@link
 * #ofForQuantities(char)}): they always have, and a text without such a letter folds once for every
 * stage.
 */
public final class Fold {

  /** A letter or a combining mark. */
  public static final byte LETTER = 1;

  /** An ASCII digit (full-width digits fold to ASCII). */
  public static final byte DIGIT = 2;

  /** A space, a tab or a line break. */
  public static final byte SPACE = 3;

  /** Anything else: punctuation, symbols. */
  public static final byte OTHER = 0;

  private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
  private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

  static {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      FOLD[i] = compute((char) i);
    }
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      KIND[i] = kindOfFolded(FOLD[i]);
    }
  }

  private Fold() {}

  /** The folded form of one UTF-16 unit. */
  public static char of(char ch) {
    return FOLD[ch];
  }

  /** The kind of a unit once folded: {@link #LETTER}, {@link #DIGIT}, {@link #SPACE} or other. */
  public static byte kind(char ch) {
    return KIND[ch];
  }

  /**
   * The folded form the quantity stages read: {@link #of(char)}, but the Latin Extended-B letters
   * (U+0180 to U+024F: "ǎ", "ơ", "ș") only lower-cased. Those stages folded on a table of their own
   * until the two were merged, and this keeps every quantity they find unchanged.
   */
  public static char ofForQuantities(char ch) {
    return latinExtendedB(ch) ? Character.toLowerCase(ch) : FOLD[ch];
  }

  /** Whether the quantity stages fold {@code ch} otherwise than {@link #of(char)} does. */
  public static boolean latinExtendedB(char ch) {
    return ch >= '\u0180' && ch <= '\u024F';
  }

  /** Folds a whole string as the quantity stages read it ({@link #ofForQuantities(char)}). */
  public static String ofForQuantities(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ofForQuantities(s.charAt(i));
    }
    return new String(out);
  }

  /** Folds a whole string, unit by unit (for lexicon entries and tests). */
  public static String of(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = FOLD[s.charAt(i)];
    }
    return new String(out);
  }

  private static char compute(char ch) {
    if (ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029' || ch == '\u0085') {
      return '\n';
    }
    if (ch == '\t' || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\uFEFF') {
      return ' ';
    }
    char special = punctuation(ch);
    if (special != 0) {
      return special;
    }
    if (ch >= '\uFF10' && ch <= '\uFF19') {
      return (char) ('0' + (ch - '\uFF10'));
    }
    if (Character.isSurrogate(ch)) {
      return ch;
    }
    char lower = Character.toLowerCase(ch);
    if (lower == '\u0451') {
      return '\u0435';
    }
    if (lower >= '\u00C0' && lower <= '\u024F') {
      String base = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
      if (base.length() > 1 && base.charAt(0) < '\u0080' && Character.isLetter(base.charAt(0))) {
        return base.charAt(0);
      }
    }
    return lower;
  }

  private static char punctuation(char ch) {
    return switch (ch) {
      case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4', '\u02BB', '\uFF07' -> '\'';
      case '\u2010',
          '\u2011',
          '\u2012',
          '\u2013',
          '\u2014',
          '\u2015',
          '\u2212',
          '\uFE63',
          '\uFF0D' ->
          '-';
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\uFF02' -> '"';
      case '\uFF0C' -> ',';
      case '\uFF0E' -> '.';
      case '\uFF05' -> '%';
      case '\u2044', '\u2215', '\uFF0F' -> '/';
      case '\uFF08' -> '(';
      case '\uFF09' -> ')';
      case '\u301C', '\uFF5E' -> '~';
      default -> 0;
    };
  }

  private static byte kindOfFolded(char f) {
    if (f >= '0' && f <= '9') {
      return DIGIT;
    }
    if (f == ' ' || f == '\n') {
      return SPACE;
    }
    if (Character.isLetter(f) || Character.getType(f) == Character.NON_SPACING_MARK) {
      return LETTER;
    }
    return OTHER;
  }
}
