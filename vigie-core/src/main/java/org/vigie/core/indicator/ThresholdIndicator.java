package org.vigie.core.indicator;

import java.util.Locale;
import java.util.Objects;

/**
 * An indicator on a tracked number, e.g. "pooled estimate above 20,000 soldiers": a predicate over
 * a value, which the series module feeds with its latest pooled estimate.
 *
 * @param id short id
 * @param label what is watched, e.g. "NK troops in Russia, pooled estimate"
 * @param comparison how the value is compared with the threshold
 * @param threshold the threshold
 * @param unit the unit of value and threshold, e.g. "soldier"
 */
public record ThresholdIndicator(
    String id, String label, Comparison comparison, double threshold, String unit) {

  /** How a value is compared with the threshold. */
  public enum Comparison {
    ABOVE(">"),
    AT_LEAST(">="),
    BELOW("<"),
    AT_MOST("<=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public ThresholdIndicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("threshold of " + id + " must be finite: " + threshold);
    }
  }

  /** Whether the value crosses the threshold; NaN (no estimate) never does. */
  public boolean test(double value) {
    return switch (comparison) {
      case ABOVE -> value > threshold;
      case AT_LEAST -> value >= threshold;
      case BELOW -> value < threshold;
      case AT_MOST -> value <= threshold;
    };
  }

  /** CONFIRMED when the value crosses the threshold, else ABSENT: for the escalation model. */
  public IndicatorState stateFor(double value) {
    return test(value) ? IndicatorState.CONFIRMED : IndicatorState.ABSENT;
  }

  /** "NK troops in Russia, pooled estimate > 20000 soldier". */
  public String describe() {
    return String.format(
        Locale.ROOT, "%s %s %s %s", label, comparison.symbol(), strip(threshold), unit);
  }

  private static String strip(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
