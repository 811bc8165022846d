package org.vigie.core.indicator;

/** What is known of an indicator at a time, and the confidence c it carries in the model. */
public enum IndicatorState {
  ABSENT(0.0),
  REPORTED(0.5),
  PROBABLE(0.75),
  CONFIRMED(1.0);

  private final double confidence;

  IndicatorState(double confidence) {
    this.confidence = confidence;
  }

  /** c: 0 absent, 0.5 reported, 0.75 probable, 1 confirmed. */
  public double confidence() {
    return confidence;
  }
}
