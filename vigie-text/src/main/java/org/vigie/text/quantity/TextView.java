package org.vigie.text.quantity;

import org.vigie.text.scan.Fold;
import org.vigie.text.scan.FoldedText;

/**
 * A text and its folded copy as the quantity stages read it ({@link FoldedText#forQuantities()}),
 * with the few moves the extractors make over it: skip spaces, find where a word ends, read a word.
 * Offsets are the same in both.
 */
final class TextView {

  final String text;
  final char[] c;
  final int length;

  private TextView(String text, char[] folded) {
    this.text = text;
    this.c = folded;
    this.length = folded.length;
  }

  static TextView of(String text) {
    return of(FoldedText.of(text));
  }

  /** The quantity stages' view of a text already folded for the other stages. */
  static TextView of(FoldedText folded) {
    return new TextView(folded.text, folded.forQuantities());
  }

  /** The folded character at {@code i}, or {@code '\0'} outside the text. */
  char at(int i) {
    return i >= 0 && i < length ? c[i] : '\0';
  }

  /**
   * The original character at {@code i}, or {@code '\0'} outside the text: for the marks that
   * {@link Fold} joins but these stages tell apart ("(" from "（", '"' from "»").
   */
  char original(int i) {
    return i >= 0 && i < length ? text.charAt(i) : '\0';
  }

  boolean letter(int i) {
    return i >= 0 && i < length && Fold.kind(c[i]) == Fold.LETTER;
  }

  boolean digit(int i) {
    return i >= 0 && i < length && c[i] >= '0' && c[i] <= '9';
  }

  boolean space(int i) {
    return i >= 0 && i < length && (c[i] == ' ' || c[i] == '\n');
  }

  boolean alnum(int i) {
    return letter(i) || digit(i);
  }

  /** Whether {@code ch} is a Hangul syllable. */
  static boolean hangul(char ch) {
    return ch >= '\uAC00' && ch <= '\uD7A3';
  }

  /** Whether the original character at {@code i} is an upper-case letter. */
  boolean upper(int i) {
    return i >= 0 && i < length && Character.isUpperCase(text.charAt(i));
  }

  /** The first position at or after {@code i} that is not a space (a single line break counts). */
  int skipSpace(int i) {
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
  int skipSpaceBack(int i) {
    int newlines = 0;
    while (i > 0 && (c[i - 1] == ' ' || c[i - 1] == '\n')) {
      if (c[i - 1] == '\n' && ++newlines > 1) {
        break;
      }
      i--;
    }
    return i;
  }

  int wordEnd(int i) {
    while (letter(i)) {
      i++;
    }
    return i;
  }

  int wordStartBack(int end) {
    while (letter(end - 1)) {
      end--;
    }
    return end;
  }

  /** The folded text between two offsets. */
  String folded(int start, int end) {
    return new String(c, start, end - start);
  }

  /** Whether the folded text at {@code i} starts with {@code s} (already folded). */
  boolean startsWith(int i, String s) {
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
  boolean endsWith(int end, String s) {
    return startsWith(end - s.length(), s);
  }
}
