package org.vigie.core.search;

import java.util.List;
import java.util.Objects;

/**
 * Passages of a document's text, joined by " … ", with the words that matched the query marked.
 *
 * @param text the passages, whitespace runs folded to one space
 * @param marks where the matched words are in {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Mark> marks) {

  /** A matched word: {@code text.substring(start, end)}. */
  public record Mark(int start, int end) {
    public Mark {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
      }
    }
  }

  public Snippet {
    Objects.requireNonNull(text, "text");
    marks = List.copyOf(marks);
    int previousEnd = 0;
    for (Mark m : marks) {
      if (m.start() < previousEnd || m.end() > text.length()) {
        throw new IllegalArgumentException("mark " + m + " overlaps or is out of the text");
      }
      previousEnd = m.end();
    }
  }

  public static Snippet plain(String text) {
    return new Snippet(text, List.of());
  }

  /** The text with each mark wrapped in these strings, e.g. for a terminal or Markdown. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + marks.size() * 8);
    int at = 0;
    for (Mark m : marks) {
      out.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
      at = m.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
