package org.vigie.core.ach;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's probability that one hypothesis of a matrix is true. The latest judgement of each
 * analyst on a hypothesis is the one that counts; earlier ones stay in the store as a trail.
 *
 * @param analyst who judged
 * @param hypothesisId the hypothesis
 * @param probability P(hypothesis), in [0, 1]
 * @param at when
 */
public record Judgement(String analyst, String hypothesisId, double probability, Instant at) {

  public Judgement {
    Objects.requireNonNull(analyst, "analyst");
    Objects.requireNonNull(hypothesisId, "hypothesisId");
    Objects.requireNonNull(at, "at");
    if (analyst.isBlank()) {
      throw new IllegalArgumentException("analyst is blank in judgement of " + hypothesisId);
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new org.vigie.core.error.InvalidInputException(
          "P", "a probability is between 0 and 1, got " + probability);
    }
    at = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }
}
