package org.vigie.core.series;

/**
 * What a report says about the quantity. Strict and inclusive bounds ("more than" and "at least")
 * share a kind: for a continuous latent quantity they carry the same information.
 */
public enum ObservationKind {
  /** A figure: "12,000", "an estimated 28,000". */
  POINT,
  /** A stated range: "between 11,000 and 12,000", "about 10,000" read as 9,000–11,000. */
  INTERVAL,
  /** A vague phrase read as a range: "hundreds of thousands", "several dozen". */
  VAGUE_INTERVAL,
  /**
   * A lower bound, the quantity is above it: "at least" (open), "more than", "over" (open, or
   * softly capped at the next round number).
   */
  LOWER_BOUND,
  /** An upper bound, the quantity is below it: "up to", "as many as", "fewer than". */
  UPPER_BOUND;

  /** True for the kinds entered through the censored (truncated-normal) update. */
  public boolean isCensored() {
    return this != POINT;
  }
}
