package org.vigie.core.indicator;

import java.time.Instant;
import java.util.Objects;

/**
 * An indicator's state as set at an instant; it holds until the next observation of the same
 * indicator.
 *
 * @param indicatorId the indicator
 * @param at when the state was set (the decay clock starts here)
 * @param state what is known
 * @param confidence c in [0, 1], normally {@code state.confidence()}; a hedging cue may set another
 */
public record IndicatorObservation(
    String indicatorId, Instant at, IndicatorState state, double confidence) {

  public IndicatorObservation {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(state, "state");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "confidence of " + indicatorId + " must be in [0, 1]: " + confidence);
    }
  }

  /** An observation carrying the state's usual confidence. */
  public static IndicatorObservation of(String indicatorId, Instant at, IndicatorState state) {
    return new IndicatorObservation(indicatorId, at, state, state.confidence());
  }
}
