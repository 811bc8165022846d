package org.vigie.core.indicator;

import java.util.OptionalDouble;

/**
 * The latest value of a tracked series, by name: how threshold indicators are evaluated without
 * depending on where series are kept. The series store implements it; {@link #NONE} knows no
 * series, and {@link #of} wraps values given by hand (e.g. {@code --series-value}).
 */
@FunctionalInterface
public interface SeriesValues {

  /** No series known: threshold indicators keep the states observed by hand. */
  SeriesValues NONE = series -> OptionalDouble.empty();

  /** The latest value of the series, or empty when it is unknown or has no value yet. */
  OptionalDouble latest(String series);

  /** Fixed values by series name. */
  static SeriesValues of(java.util.Map<String, Double> values) {
    java.util.Map<String, Double> copy = java.util.Map.copyOf(values);
    return series -> {
      Double v = copy.get(series);
      return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    };
  }
}
