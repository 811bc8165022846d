package org.vigie.core.ach;

import java.util.Locale;
import java.util.Optional;

/** A Low / Medium / High grade of an item's credibility or relevance, and what it weighs. */
public enum Weight {
  L(Math.sqrt(0.5), 0.4),
  M(1.0, 0.7),
  H(Math.sqrt(2.0), 0.9);

  private final double factor;
  private final double reliability;

  Weight(double factor, double reliability) {
    this.factor = factor;
    this.reliability = reliability;
  }

  /** PARC weight: L = 1/√2, M = 1, H = √2. */
  public double factor() {
    return factor;
  }

  /** ρ of the reliability mixture (as a credibility grade): H .9, M .7, L .4. */
  public double reliability() {
    return reliability;
  }

  /** The grade of a code {@code "L"}, {@code "M"} or {@code "H"} (any case), if it is one. */
  public static Optional<Weight> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    for (Weight w : values()) {
      if (w.name().equals(upper)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }
}
