package org.vigie.text.quantity;

import java.text.Normalizer;

/**
 * The one-to-one character folding every lexicon lookup goes through, so that offsets into the
 * folded text are offsets into the original: lower case, Latin accents removed, every kind of space
 * a space, every apostrophe {@code '}, every dash and minus {@code -}, full-width digits ASCII,
 * Russian {@code ё} as {@code е}.
 */
final class Fold {

  static final byte OTHER = 0;
  static final byte LETTER = 1;
  static final byte DIGIT = 2;
  static final byte SPACE = 3;

  private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
  private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

  static {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      FOLD[i] = fold((char) i);
    }
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      KIND[i] = kind((char) i);
    }
  }

  private Fold() {}

  static char fold(char ch) {
    if (ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029' || ch == '\u0085') {
      return '\n';
    }
    if (ch == '\t' || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\uFEFF') {
      return ' ';
    }
    switch (ch) {
      case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4', '\u02BB', '\uFF07' -> {
        return '\'';
      }
      case '\u2010',
          '\u2011',
          '\u2012',
          '\u2013',
          '\u2014',
          '\u2015',
          '\u2212',
          '\uFE63',
          '\uFF0D' -> {
        return '-';
      }
      case '\u301C', '\uFF5E' -> {
        return '~';
      }
      case '\uFF05' -> {
        return '%';
      }
      case '\u2044', '\u2215', '\uFF0F' -> {
        return '/';
      }
      case '\uFF0C' -> {
        return ',';
      }
      case '\uFF0E' -> {
        return '.';
      }
      case '\u0401', '\u0451' -> {
        return '\u0435';
      }
      default -> {}
    }
    if (ch >= '\uFF10' && ch <= '\uFF19') {
      return (char) ('0' + (ch - '\uFF10'));
    }
    if (Character.isSurrogate(ch)) {
      return ch;
    }
    char lower = Character.toLowerCase(ch);
    if (lower >= '\u00C0' && lower <= '\u017F') {
      String base = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
      if (base.length() > 1 && base.charAt(0) < '\u0080' && Character.isLetter(base.charAt(0))) {
        return base.charAt(0);
      }
    }
    return lower;
  }

  private static byte kind(char ch) {
    char f = FOLD[ch];
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

  /** The folded form of {@code ch}. */
  static char of(char ch) {
    return FOLD[ch];
  }

  /** The kind of {@code ch} once folded: {@link #LETTER}, {@link #DIGIT}, {@link #SPACE}, ... */
  static byte kindOf(char ch) {
    return KIND[ch];
  }

  /** Folds a whole string (for lexicon entries). */
  static String of(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = FOLD[s.charAt(i)];
    }
    return new String(out);
  }
}
