package org.vigie.text.segment;

/** A stretch of a text: offsets in UTF-16 units, {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether {@code other} lies within this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /** Whether the offset lies within this span. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** The text of this span. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
