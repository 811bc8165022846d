package org.vigie.core.ach;

import java.util.Objects;

/**
 * One of the competing hypotheses.
 *
 * @param id short id used in cell references, e.g. {@code H1}
 * @param label what the hypothesis says
 */
public record Hypothesis(String id, String label) {
  public Hypothesis {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    if (id.isBlank()) {
      throw new IllegalArgumentException("hypothesis id is blank (label: " + label + ")");
    }
  }
}
