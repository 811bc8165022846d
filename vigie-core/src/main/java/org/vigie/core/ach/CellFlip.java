package org.vigie.core.ach;

import java.util.Objects;

/**
 * A "linchpin rating": one cell whose change to another value changes the leader.
 *
 * @param evidenceId the row
 * @param hypothesisId the column
 * @param from the rating now
 * @param to the rating that flips the leader
 * @param scores the scores with the cell changed
 */
public record CellFlip(
    String evidenceId, String hypothesisId, Rating from, Rating to, SchemeScores scores) {
  public CellFlip {
    Objects.requireNonNull(evidenceId, "evidenceId");
    Objects.requireNonNull(hypothesisId, "hypothesisId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(scores, "scores");
  }
}
