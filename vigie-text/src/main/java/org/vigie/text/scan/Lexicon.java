package org.vigie.text.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon file: tab-separated rows grouped under {@code [section]} headers, {@code #} comments,
 * blank lines ignored. Rows before the first header belong to the section {@code ""} (a version
 * line, for instance). Forms may list alternatives in braces: {@code nord-coréen{,ne,s,nes}} stands
 * for four forms.
 */
public final class Lexicon {

  /** One row: its columns, and where it was (for error messages). */
  public record Row(List<String> columns, String where) {

    public Row {
      columns = List.copyOf(columns);
    }

    /** Column {@code i}, or "" when the row is shorter. */
    public String column(int i) {
      return i < columns.size() ? columns.get(i) : "";
    }

    /** The forms of column {@code i}, alternatives expanded ({@link Lexicon#expand}). */
    public List<String> forms(int i) {
      return expand(column(i));
    }

    /** Column {@code i} read as a number, or an exception that says where the row is. */
    public double number(int i) {
      String s = column(i);
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where + ": not a number: '" + s + "'", e);
      }
    }
  }

  private final Map<String, List<Row>> sections;

  private Lexicon(Map<String, List<Row>> sections) {
    this.sections = sections;
  }

  /** Reads a lexicon shipped next to {@code anchor} in the class path. */
  public static Lexicon resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "lexicon " + name + " is missing next to " + anchor.getName() + "; rebuild the jar");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
  }

  /** Reads a lexicon from a reader; {@code name} is used in error messages. */
  public static Lexicon read(Reader reader, String name) throws IOException {
    Map<String, List<Row>> sections = new LinkedHashMap<>();
    String section = "";
    BufferedReader r = new BufferedReader(reader);
    int number = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        section = trimmed.substring(1, trimmed.length() - 1).strip();
        continue;
      }
      List<String> columns = new ArrayList<>();
      for (String c : line.split("\t", -1)) {
        columns.add(c.strip());
      }
      sections
          .computeIfAbsent(section, k -> new ArrayList<>())
          .add(new Row(columns, name + ":" + number));
    }
    return new Lexicon(sections);
  }

  /** The names of the sections that hold rows, in file order. */
  public Set<String> sections() {
    return Collections.unmodifiableSet(sections.keySet());
  }

  /** The rows of a section, in file order (empty when absent). */
  public List<Row> rows(String section) {
    return sections.getOrDefault(section, List.of());
  }

  /** Every row of every section, in file order of the sections. */
  public List<Row> allRows() {
    return sections.values().stream().flatMap(List::stream).toList();
  }

  /** The value of a {@code key<TAB>value} row before the first section, or null. */
  public String header(String key) {
    for (Row row : rows("")) {
      if (row.column(0).equals(key)) {
        return row.column(1);
      }
    }
    return null;
  }

  /**
   * The forms a pattern stands for: braces list alternatives ({@code coree du {nord,sud}}), bars
   * separate patterns ({@code NIS|Service national de renseignement}).
   */
  public static List<String> expand(String patterns) {
    List<String> out = new ArrayList<>();
    for (String p : patterns.split("\\|")) {
      String s = p.strip();
      if (!s.isEmpty()) {
        expandInto(s, out);
      }
    }
    return out;
  }

  private static void expandInto(String s, List<String> out) {
    int open = s.indexOf('{');
    if (open < 0) {
      out.add(s);
      return;
    }
    int close = s.indexOf('}', open);
    if (close < 0) {
      throw new IllegalArgumentException("unclosed brace in lexicon form '" + s + "'");
    }
    String head = s.substring(0, open);
    String tail = s.substring(close + 1);
    for (String alt : s.substring(open + 1, close).split(",", -1)) {
      expandInto(head + alt.strip() + tail, out);
    }
  }
}
