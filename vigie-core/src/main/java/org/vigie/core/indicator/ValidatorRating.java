package org.vigie.core.indicator;

import java.util.Locale;
import java.util.Optional;

/**
 * The five-point scale of the Pherson Indicators Validator: how likely an indicator is to be seen
 * under a scenario, and the probability each point stands for.
 */
public enum ValidatorRating {
  HL("highly likely", 0.90),
  L("likely", 0.70),
  C("could / neutral", 0.50),
  U("unlikely", 0.20),
  HU("highly unlikely", 0.05);

  private final String words;
  private final double probability;

  ValidatorRating(String words, double probability) {
    this.words = words;
    this.probability = probability;
  }

  public String words() {
    return words;
  }

  /** P(observed | scenario) this point stands for: HL .9, L .7, C .5, U .2, HU .05. */
  public double probability() {
    return probability;
  }

  /** The rating of a code such as {@code "HL"} (any case), if it is one. */
  public static Optional<ValidatorRating> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    for (ValidatorRating r : values()) {
      if (r.name().equals(upper)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
