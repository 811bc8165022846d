package org.vigie.text.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lexicon files shipped as resources: tab-separated lines grouped in {@code [section]}s,
 * {@code #} comments. A form may carry alternatives in braces, {@code тысяч{а,и,}} standing for
 * тысяча, тысячи and тысяч.
 */
final class LexiconFile {

  /** One line: its form (expanded) and the other columns. */
  record Row(List<String> forms, List<String> columns, int line) {
    String column(int i) {
      return i < columns.size() ? columns.get(i) : "";
    }

    double number(int i) {
      String s = column(i);
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new IllegalStateException("line " + line + ": not a number: '" + s + "'", e);
      }
    }
  }

  private LexiconFile() {}

  /** The sections of a resource file, in order, each with its rows. */
  static Map<String, List<Row>> read(String resource) {
    Map<String, List<Row>> sections = new LinkedHashMap<>();
    try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = "";
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (s.startsWith("[") && s.endsWith("]")) {
          section = s.substring(1, s.length() - 1);
          sections.computeIfAbsent(section, k -> new ArrayList<>());
          continue;
        }
        String[] cols = line.split("\t");
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < cols.length; i++) {
          rest.add(cols[i].strip());
        }
        sections
            .computeIfAbsent(section, k -> new ArrayList<>())
            .add(new Row(expand(cols[0].strip()), List.copyOf(rest), n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return sections;
  }

  /** Expands {@code a{b,c}d{e,}} into abde, abd, acde, acd. */
  static List<String> expand(String form) {
    int open = form.indexOf('{');
    if (open < 0) {
      return List.of(form);
    }
    int close = form.indexOf('}', open);
    if (close < 0) {
      throw new IllegalStateException("unbalanced braces in '" + form + "'");
    }
    List<String> out = new ArrayList<>();
    String head = form.substring(0, open);
    for (String tail : expand(form.substring(close + 1))) {
      for (String alt : form.substring(open + 1, close).split(",", -1)) {
        out.add(head + alt + tail);
      }
    }
    return out;
  }
}
