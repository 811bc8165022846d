package org.vigie.core.series.revision;

/**
 * A test's reading. {@link #INSUFFICIENT_DATA} is distinct from {@link #NO_EVIDENCE}: with few
 * revisions a test cannot reject anything, and saying "efficient" would be a false reassurance.
 */
public enum Verdict {
  EVIDENCE("evidence"),
  NO_EVIDENCE("no evidence"),
  INSUFFICIENT_DATA("insufficient data");

  private final String words;

  Verdict(String words) {
    this.words = words;
  }

  /** Lower-case words for output: "insufficient data". */
  public String words() {
    return words;
  }
}
