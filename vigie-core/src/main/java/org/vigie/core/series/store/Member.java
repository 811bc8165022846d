package org.vigie.core.series.store;

import java.util.Objects;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.series.Observation;

/**
 * A claim of a series, how it got there and what it tells the pool.
 *
 * @param claim the stored claim
 * @param how by the rule, joined by hand, or excluded by hand (then it is listed, not pooled)
 * @param observation what the pool reads, or null when it cannot read it
 * @param skipped why there is no observation, or null
 */
public record Member(StoredClaim claim, How how, Observation observation, String skipped) {

  /** How a claim is in a series. */
  public enum How {
    RULE,
    JOINED,
    EXCLUDED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Member {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(how, "how");
  }

  /** True when the pool reads it. */
  public boolean pooled() {
    return how != How.EXCLUDED && observation != null;
  }

  /** The quantity claim. */
  public QuantityClaim quantity() {
    return (QuantityClaim) claim.claim();
  }
}
