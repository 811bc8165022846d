package org.vigie.web.http;

/**
 * HTML escaping for text the server writes into pages outside the templates (which escape by
 * themselves). Documents are hostile: whatever they hold must come out as text, never as markup.
 */
public final class Html {

  private Html() {}

  /** The text with {@code & < > " '} escaped, and NUL and other control characters replaced. */
  public static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escapeTo(text, 0, text.length(), out);
    return out.toString();
  }

  /**
   * Appends {@code text[from, to)} escaped. Control characters other than tab, line feed and
   * carriage return (NUL, the C1 range, ...) become U+FFFD: HTML parsers treat them as errors, and
   * some would swallow what follows.
   */
  public static void escapeTo(CharSequence text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&#34;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.append(c);
        default -> out.append(isControl(c) ? '\uFFFD' : c);
      }
    }
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }
}
