package org.vigie.core.indicator;

import java.util.Objects;

/**
 * A threshold indicator tied to a tracked series by name: the series' latest value, given by {@link
 * SeriesValues}, sets the indicator's state (confirmed when it crosses, absent otherwise).
 *
 * @param series the series name, as the series store knows it
 * @param test the comparison with its threshold and unit
 */
public record SeriesThreshold(String series, ThresholdIndicator test) {
  public SeriesThreshold {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(test, "test");
  }
}
