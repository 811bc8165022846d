package org.vigie.core.indicator;

import java.util.Objects;

/**
 * A rung of the escalation ladder.
 *
 * @param rank 0 for the lowest
 * @param name e.g. "watch"
 * @param threshold the probability at which the level is reached
 */
public record Level(int rank, String name, double threshold) {
  public Level {
    Objects.requireNonNull(name, "name");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold of " + name + " not in [0, 1]: " + threshold);
    }
  }

  /** "L2 warning". */
  public String display() {
    return "L" + rank + " " + name;
  }
}
