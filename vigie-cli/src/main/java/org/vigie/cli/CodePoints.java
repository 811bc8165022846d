package org.vigie.cli;

/**
 * Turns UTF-16 offsets into code-point offsets. Texts without characters outside the Basic
 * Multilingual Plane (most of them) need nothing; the others keep a running count so that a
 * document's quantities, which come roughly in order, cost one pass.
 */
public final class CodePoints {

  private final String text;
  private final boolean identity;
  private int utf16;
  private int points;

  private CodePoints(String text, boolean identity) {
    this.text = text;
    this.identity = identity;
  }

  public static CodePoints of(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return new CodePoints(text, false);
      }
    }
    return new CodePoints(text, true);
  }

  /** The code-point offset of the UTF-16 offset {@code index}. */
  public int at(int index) {
    if (identity) {
      return index;
    }
    if (index < utf16) {
      utf16 = 0;
      points = 0;
    }
    points += text.codePointCount(utf16, index);
    utf16 = index;
    return points;
  }
}
