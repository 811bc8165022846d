package org.vigie.web.claims;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled), made safe to open in a spreadsheet: a text that starts with {@code = +
 * - @}, a tab or a carriage return would be run as a formula, so it gets a leading apostrophe.
 */
public final class CsvWriter {

  private CsvWriter() {}

  /** One record, with its CRLF. Text cells are guarded; numbers are written as they are. */
  public static String row(List<?> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object cell = cells.get(i);
      if (cell instanceof Number || cell instanceof Boolean) {
        out.append(cell);
      } else if (cell != null) {
        out.append(field(guard(cell.toString())));
      }
    }
    return out.append("\r\n").toString();
  }

  /** The text with a leading apostrophe when a spreadsheet would read it as a formula. */
  static String guard(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  /** The text quoted when it must be. */
  static String field(String text) {
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
