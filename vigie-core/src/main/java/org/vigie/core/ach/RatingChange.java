package org.vigie.core.ach;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail: an analyst re-rated one cell.
 *
 * @param analyst who changed it
 * @param evidenceId the row
 * @param hypothesisId the column
 * @param from the rating the analyst saw before the change
 * @param to the new rating
 * @param at when
 * @param note why, in the analyst's words, or null
 */
public record RatingChange(
    String analyst,
    String evidenceId,
    String hypothesisId,
    Rating from,
    Rating to,
    Instant at,
    String note) {

  public RatingChange {
    Objects.requireNonNull(analyst, "analyst");
    Objects.requireNonNull(evidenceId, "evidenceId");
    Objects.requireNonNull(hypothesisId, "hypothesisId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    if (analyst.isBlank()) {
      throw new IllegalArgumentException("analyst is blank in change of " + evidenceId);
    }
  }

  /** A change without a note. */
  public static RatingChange of(
      String analyst, String evidenceId, String hypothesisId, Rating from, Rating to, Instant at) {
    return new RatingChange(analyst, evidenceId, hypothesisId, from, to, at, null);
  }
}
