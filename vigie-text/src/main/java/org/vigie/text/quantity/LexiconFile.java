package org.vigie.text.quantity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.text.scan.Lexicon;

/**
 * The quantity stages' reading of a lexicon file ({@link Lexicon}: tab-separated rows in {@code
 * [section]}s, {@code #} comments, alternatives in braces, {@code тысяч{а,и,}} standing for тысяча,
 * тысячи and тысяч): each row as the forms of its first column and the columns after it.
 */
final class LexiconFile {

  /** One row: its forms (expanded), the other columns, and where it is (for error messages). */
  record Row(List<String> forms, List<String> columns, String where) {
    String column(int i) {
      return i < columns.size() ? columns.get(i) : "";
    }

    double number(int i) {
      String s = column(i);
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where + ": not a number: '" + s + "'", e);
      }
    }
  }

  private LexiconFile() {}

  /**
   * The sections of a class path resource (relative to this package unless it starts with {@code
   * /}), in file order, each with its rows.
   */
  static Map<String, List<Row>> read(String resource) {
    Lexicon lexicon = Lexicon.resource(LexiconFile.class, resource);
    Map<String, List<Row>> sections = new LinkedHashMap<>();
    for (String section : lexicon.sections()) {
      List<Row> rows = new ArrayList<>();
      for (Lexicon.Row row : lexicon.rows(section)) {
        List<String> columns = row.columns();
        rows.add(
            new Row(
                Lexicon.expand(row.column(0)),
                List.copyOf(columns.subList(Math.min(1, columns.size()), columns.size())),
                row.where()));
      }
      sections.put(section, rows);
    }
    return sections;
  }
}
