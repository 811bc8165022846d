package org.vigie.core.series.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A series as a store keeps it: its definition and the analysts' decisions, oldest first.
 *
 * @param definition what the series is
 * @param decisions claims joined or excluded by hand, one per claim
 */
public record StoredSeries(SeriesDefinition definition, List<Decision> decisions) {

  public StoredSeries {
    Objects.requireNonNull(definition, "definition");
    decisions = List.copyOf(decisions);
  }

  public String name() {
    return definition.name();
  }

  /** The decision on this claim, if one was made. */
  public Optional<Decision> decisionOn(String claimId) {
    return decisions.stream().filter(d -> d.claimId().equals(claimId)).findFirst();
  }
}
