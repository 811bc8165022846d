package org.vigie.core.series.revision;

/**
 * The summary reading of a source's revisions: a direction when the two-sided sign test survives
 * Benjamini–Hochberg at q = 0.10 across the sources (for a single source: one-sided p ≤ 0.05).
 */
public enum Flag {
  UPWARD("upward"),
  DOWNWARD("downward"),
  NO_EVIDENCE("no evidence of bias"),
  INSUFFICIENT_DATA("insufficient data");

  private final String words;

  Flag(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
