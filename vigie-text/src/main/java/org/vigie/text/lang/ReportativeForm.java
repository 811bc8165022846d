package org.vigie.text.lang;

/**
 * A word whose grammar marks what is said as reported (the French conditional "auraient"): offsets
 * in UTF-16 units, {@code start} inclusive, {@code end} exclusive.
 */
public record ReportativeForm(int start, int end) {

  public ReportativeForm {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad reportative form [" + start + ", " + end + ")");
    }
  }
}
