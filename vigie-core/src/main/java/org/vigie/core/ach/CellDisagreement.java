package org.vigie.core.ach;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How analysts rated one cell when they did not all agree.
 *
 * @param evidenceId the row
 * @param hypothesisId the column
 * @param ratings each analyst's rating, by analyst name
 * @param spread steps between the lowest and highest rating on II &lt; I &lt; N &lt; C &lt; CC, NA
 *     votes left out (0 to 4)
 * @param naSplit whether some analysts said NA while others rated the cell
 */
public record CellDisagreement(
    String evidenceId,
    String hypothesisId,
    Map<String, Rating> ratings,
    int spread,
    boolean naSplit) {

  public CellDisagreement {
    Objects.requireNonNull(evidenceId, "evidenceId");
    Objects.requireNonNull(hypothesisId, "hypothesisId");
    ratings = java.util.Collections.unmodifiableMap(new TreeMap<>(ratings));
  }
}
