package org.vigie.core.ach;

import java.util.Locale;
import java.util.Optional;

/**
 * How consistent one item of evidence is with one hypothesis: doubly consistent (CC) to doubly
 * inconsistent (II), or not applicable (NA).
 *
 * <p>NA is neutral in every scheme: it counts as N (no inconsistency, rank 3, likelihood 0.5), so
 * an NA cell never moves a hypothesis relative to one rated N on the same row.
 */
public enum Rating {
  CC(5, 0.95),
  C(4, 0.80),
  N(3, 0.50),
  I(2, 0.20),
  II(1, 0.05),
  NA(3, 0.50);

  /** The five values an analyst can weigh; NA says the question does not apply. */
  public static final java.util.List<Rating> SCALE = java.util.List.of(II, I, N, C, CC);

  private final int rank;
  private final double likelihood;

  Rating(int rank, double likelihood) {
    this.rank = rank;
    this.likelihood = likelihood;
  }

  /**
   * Position on the ordinal scale II=1 &lt; I=2 &lt; N=3 &lt; C=4 &lt; CC=5 (Open Synthesis), NA
   * counted as 3.
   */
  public int rank() {
    return rank;
  }

  /**
   * P(E|H) under the toddschiller mapping: CC .95, C .80, N .50, I .20, II .05; NA .50 (neutral).
   */
  public double likelihood() {
    return likelihood;
  }

  /** PARC cell value: II = -2, I = -1, everything else 0 (only inconsistency counts). */
  public int inconsistency() {
    return switch (this) {
      case II -> -2;
      case I -> -1;
      default -> 0;
    };
  }

  /** Whether Heuer counts this cell against the hypothesis (I or II). */
  public boolean isInconsistent() {
    return this == I || this == II;
  }

  /** The rating of a code such as {@code "CC"} or {@code "na"}, if it is one. */
  public static Optional<Rating> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    for (Rating r : values()) {
      if (r.name().equals(upper)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
