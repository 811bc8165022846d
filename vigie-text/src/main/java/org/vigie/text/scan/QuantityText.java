package org.vigie.text.scan;

/**
 * The quantity flavour of {@link FoldedText}: the same text, folded as the quantity stages read it
 * ({@link FoldedText#forQuantities()}), with the few moves the extractors make over it: skip
 * spaces, find where a word ends, read a word. Offsets are the same in both.
 *
 * <p>It answers the word questions otherwise than {@link FoldedText} does, and the quantities found
 * depend on it, so the two are kept apart rather than merged:
 *
 * <ul>
 *   <li>it reads the quantity folding ({@link Fold#ofForQuantities(char)}), which keeps the accent
 *       of the Latin Extended-B letters;
 *   <li>outside the text {@link #at} reads {@code '\0'} (not a space), and {@link #space} is false;
 *   <li>{@link #letter} and {@link #digit} classify the quantity-folded unit, not the original one;
 *   <li>{@link #skipSpace} and {@link #skipSpaceBack} stop at a paragraph break (a second line
 *       break), and {@link #wordEnd} and {@link #wordStartBack} cover letters only, not digits.
 * </ul>
 */
public final class QuantityText {

  /** The text as given. */
  public final String text;

  /** The text folded for the quantity stages, unit for unit. Not to be written to. */
  public final char[] c;

  /** The number of UTF-16 units. */
  public final int length;

  private QuantityText(String text, char[] folded) {
    this.text = text;
    this.c = folded;
    this.length = folded.length;
  }

  public static QuantityText of(String text) {
    return of(FoldedText.of(text));
  }

  /** The quantity stages' view of a text already folded for the other stages. */
  public static QuantityText of(FoldedText folded) {
    return new QuantityText(folded.text, folded.forQuantities());
  }

  /** The folded character at {@code i}, or {@code '\0'} outside the text. */
  public char at(int i) {
    return i >= 0 && i < length ? c[i] : '\0';
  }

  /**
   * The original character at {@code i}, or {@code '\0'} outside the text: for the marks that
   * {@link Fold} joins but these stages tell apart ("(" from "（", '"' from "»").
   */
  public char original(int i) {
    return i >= 0 && i < length ? text.charAt(i) : '\0';
  }

  public boolean letter(int i) {
    return i >= 0 && i < length && Fold.kind(c[i]) == Fold.LETTER;
  }

  public boolean digit(int i) {
    return i >= 0 && i < length && c[i] >= '0' && c[i] <= '9';
  }

  public boolean space(int i) {
    return i >= 0 && i < length && (c[i] == ' ' || c[i] == '\n');
  }

  public boolean alnum(int i) {
    return letter(i) || digit(i);
  }

  /** Whether {@code ch} is a Hangul syllable. */
  public static boolean hangul(char ch) {
    return ch >= '\uAC00' && ch <= '\uD7A3';
  }

  /** Whether the original character at {@code i} is an upper-case letter. */
  public boolean upper(int i) {
    return i >= 0 && i < length && Character.isUpperCase(text.charAt(i));
  }

  /** The first position at or after {@code i} that is not a space (a single line break counts). */
  public int skipSpace(int i) {
    int newlines = 0;
    while (i < length && (c[i] == ' ' || c[i] == '\n')) {
      if (c[i] == '\n' && ++newlines > 1) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Going back from the exclusive end {@code i}, the end of the previous non-space text. */
  public int skipSpaceBack(int i) {
    int newlines = 0;
    while (i > 0 && (c[i - 1] == ' ' || c[i - 1] == '\n')) {
      if (c[i - 1] == '\n' && ++newlines > 1) {
        break;
      }
      i--;
    }
    return i;
  }

  public int wordEnd(int i) {
    while (letter(i)) {
      i++;
    }
    return i;
  }

  public int wordStartBack(int end) {
    while (letter(end - 1)) {
      end--;
    }
    return end;
  }

  /** The folded text between two offsets. */
  public String folded(int start, int end) {
    return new String(c, start, end - start);
  }

  /** Whether the folded text at {@code i} starts with {@code s} (already folded). */
  public boolean startsWith(int i, String s) {
    if (i < 0 || i + s.length() > length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (c[i + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the folded text ending at {@code end} (exclusive) ends with {@code s}. */
  public boolean endsWith(int end, String s) {
    return startsWith(end - s.length(), s);
  }
}
