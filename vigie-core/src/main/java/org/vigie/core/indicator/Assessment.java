package org.vigie.core.indicator;

import java.time.Instant;
import java.util.Objects;
import org.vigie.core.judgement.IcdLikelihood;

/**
 * The scenario's probability and escalation level at one instant.
 *
 * @param at when
 * @param probability P(E | indicators)
 * @param level the level after hysteresis
 */
public record Assessment(Instant at, double probability, Level level) {
  public Assessment {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(level, "level");
  }

  /** The ICD 203 word for the probability, or the number beyond 1 % and 99 %. */
  public String words() {
    return IcdLikelihood.phrase(probability);
  }
}
