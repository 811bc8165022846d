package org.vigie.core.indicator;

import java.util.Objects;

/**
 * A scenario watched by indicators, with its prior probability P0(E) before any is seen.
 *
 * @param name short name, e.g. {@code nk-combat-role}
 * @param prior P0(E), strictly between 0 and 1
 */
public record Scenario(String name, double prior) {

  /** Prior of a scenario defined without one: unlikely but far from excluded. */
  public static final double DEFAULT_PRIOR = 0.10;

  public Scenario {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new org.vigie.core.error.InvalidInputException("scenario", "scenario name is blank");
    }
    if (!(prior > 0 && prior < 1)) {
      throw new org.vigie.core.error.InvalidInputException(
          "prior", "a prior is strictly between 0 and 1, got " + prior);
    }
  }
}
