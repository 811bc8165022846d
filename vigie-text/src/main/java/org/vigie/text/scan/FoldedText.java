package org.vigie.text.scan;

/**
 * A text and its folded copy ({@link Fold}), with the word-level questions every stage asks: is
 * this a letter, where does this word end, does it start with a capital. Offsets are UTF-16 units
 * of the original text; positions outside the text read as a space.
 */
public final class FoldedText {

  /** The text as given. */
  public final String text;

  /** The folded text, unit for unit. */
  public final char[] f;

  /** The number of UTF-16 units. */
  public final int length;

  /** The kind of each unit ({@link Fold#LETTER}, ...), so that word questions cost one load. */
  private final byte[] kinds;

  /** Whether some unit folds otherwise for the quantity stages ({@link Fold#latinExtendedB}). */
  private final boolean latinExtendedB;

  private FoldedText(String text) {
    this.text = text;
    this.length = text.length();
    this.f = new char[length];
    this.kinds = new byte[length];
    boolean extended = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      f[i] = Fold.of(c);
      kinds[i] = Fold.kind(c);
      extended |= Fold.latinExtendedB(c);
    }
    this.latinExtendedB = extended;
  }

  public static FoldedText of(String text) {
    return new FoldedText(text);
  }

  /**
   * The text folded as the quantity stages read it ({@link Fold#ofForQuantities(char)}): {@link #f}
   * itself unless the text holds a Latin Extended-B letter, so that it is folded once. Not to be
   * written to.
   */
  public char[] forQuantities() {
    if (!latinExtendedB) {
      return f;
    }
    char[] q = f.clone();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Fold.latinExtendedB(c)) {
        q[i] = Fold.ofForQuantities(c);
      }
    }
    return q;
  }

  /** The folded unit at {@code i}, or a space outside the text. */
  public char at(int i) {
    return i >= 0 && i < length ? f[i] : ' ';
  }

  public boolean letter(int i) {
    return i >= 0 && i < length && kinds[i] == Fold.LETTER;
  }

  public boolean digit(int i) {
    return i >= 0 && i < length && kinds[i] == Fold.DIGIT;
  }

  public boolean alnum(int i) {
    if (i < 0 || i >= length) {
      return false;
    }
    byte k = kinds[i];
    return k == Fold.LETTER || k == Fold.DIGIT;
  }

  public boolean space(int i) {
    return i < 0 || i >= length || kinds[i] == Fold.SPACE;
  }

  /** A Hangul syllable or jamo. */
  public boolean hangul(int i) {
    if (i < 0 || i >= length) {
      return false;
    }
    char c = f[i];
    return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF');
  }

  /** A Cyrillic letter. */
  public boolean cyrillic(int i) {
    return i >= 0 && i < length && f[i] >= '\u0400' && f[i] <= '\u04FF';
  }

  /** A letter or digit that follows none: the start of a word. */
  public boolean wordStart(int i) {
    return alnum(i) && !alnum(i - 1);
  }

  /** The end of the run of letters and digits that contains or starts at {@code i}. */
  public int wordEnd(int i) {
    int j = i;
    while (alnum(j)) {
      j++;
    }
    return j;
  }

  /** The start of the run of letters and digits that ends at {@code end} (exclusive). */
  public int wordStartBefore(int end) {
    int j = end;
    while (alnum(j - 1)) {
      j--;
    }
    return j;
  }

  /** An upper-case letter in the original text. */
  public boolean upper(int i) {
    return i >= 0 && i < length && Character.isUpperCase(text.charAt(i));
  }

  /** A lower-case letter in the original text (Hangul, which has no case, is not). */
  public boolean lower(int i) {
    return i >= 0 && i < length && Character.isLowerCase(text.charAt(i));
  }

  /** Whether the folded text at {@code i} reads {@code s} (already folded). */
  public boolean startsWith(int i, String s) {
    if (i < 0 || i + s.length() > length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (f[i + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The folded text between two offsets. */
  public String folded(int start, int end) {
    return new String(f, start, end - start);
  }

  /** The first offset at or after {@code i} that is not a space. */
  public int skipSpaces(int i) {
    int j = i;
    while (j < length && space(j)) {
      j++;
    }
    return j;
  }

  /** The last offset before {@code i} that is not a space, plus one. */
  public int skipSpacesBack(int i) {
    int j = i;
    while (j > 0 && space(j - 1)) {
      j--;
    }
    return j;
  }
}
