package org.vigie.core.indicator;

import java.util.Objects;

/**
 * An indicator as kept in the store: the scenario it bears on, its model (P(seen | E), P(seen | not
 * E), half-life, group), and, for a threshold indicator, the series that sets its state.
 *
 * @param scenario the scenario's name
 * @param indicator the model; its id is the indicator's name
 * @param threshold the series threshold, or null for an indicator observed by hand only
 */
public record IndicatorDefinition(String scenario, Indicator indicator, SeriesThreshold threshold) {

  public IndicatorDefinition {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(indicator, "indicator");
  }

  public String name() {
    return indicator.id();
  }
}
