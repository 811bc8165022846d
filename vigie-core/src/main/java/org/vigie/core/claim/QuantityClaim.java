package org.vigie.core.claim;

import java.util.List;
import java.util.Objects;

/**
 * A quantity and what the text around it says about it.
 *
 * @param quantity the number or phrase and the interval it means
 * @param speaker the canonical name of the person or organisation it is attributed to, or null
 * @param relayedBy the outlet or agency it came through, or null
 * @param hedges the hedging cues that reach it, as written ("auraient", "reportedly", "may"); the
 *     words that only say who said it ("said", "selon") are not hedges
 * @param certainty the probability on the ICD 203 scale the cues give, or null without a cue
 * @param asOf the date the figure describes: a day ({@code 2024-11-04}), a month ({@code 2024-11})
 *     or a year, or null when neither the text nor the publication date tells
 */
public record QuantityClaim(
    Quantity quantity,
    String speaker,
    String relayedBy,
    List<String> hedges,
    Double certainty,
    String asOf)
    implements Claim {

  public QuantityClaim {
    Objects.requireNonNull(quantity, "quantity");
    hedges = List.copyOf(hedges);
    if (certainty != null && !(certainty >= 0 && certainty <= 1)) {
      throw new IllegalArgumentException("certainty is not a probability: " + certainty);
    }
  }

  /**
   * Whether the figure is given as approximate or uncertain: an approximator ("about", "environ")
   * or a hedging cue. A bound ("more than") or a vague amount ("thousands") is not a hedge in
   * itself, nor is attribution alone.
   */
  public boolean hedged() {
    return quantity.modifier() == Modifier.APPROX || !hedges.isEmpty();
  }

  /** The quantity alone, with nothing known of its context. */
  public static QuantityClaim bare(Quantity quantity) {
    return new QuantityClaim(quantity, null, null, List.of(), null, null);
  }

  @Override
  public int start() {
    return quantity.start();
  }

  @Override
  public int end() {
    return quantity.end();
  }

  @Override
  public String text() {
    return quantity.text();
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.QUANTITY;
  }
}
