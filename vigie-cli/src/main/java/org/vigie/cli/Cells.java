package org.vigie.cli;

/** Text for one cell of a terminal table: on one line, and cut with an ellipsis when too wide. */
public final class Cells {

  /** The width of a title or an origin in a listing. */
  private static final int LINE_WIDTH = 120;

  private Cells() {}

  /** {@code s} with its runs of whitespace as one space, at most 120 characters. */
  public static String oneLine(String s) {
    return oneLine(s, LINE_WIDTH);
  }

  /** {@code s} with its runs of whitespace as one space, at most {@code width} characters. */
  public static String oneLine(String s, int width) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() > width ? flat.substring(0, width - 1) + "…" : flat;
  }
}
