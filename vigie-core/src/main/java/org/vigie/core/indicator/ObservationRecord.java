package org.vigie.core.indicator;

import java.util.Objects;

/**
 * An observation as kept in the store, with what supports it.
 *
 * @param observation the indicator's state from an instant on
 * @param claimId the stored claim it rests on, or null
 * @param analyst who recorded it
 * @param note free text (the evidence in words), or null
 */
public record ObservationRecord(
    IndicatorObservation observation, String claimId, String analyst, String note) {
  public ObservationRecord {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(analyst, "analyst");
  }

  public String indicatorId() {
    return observation.indicatorId();
  }
}
