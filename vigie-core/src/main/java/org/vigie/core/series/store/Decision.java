package org.vigie.core.series.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's decision on one claim of a series, overriding the rule: join it although the rule
 * leaves it out, or exclude it although the rule takes it. A later decision on the same claim
 * replaces the earlier one.
 *
 * @param claimId the claim (ids are stable when a document is read again)
 * @param joined true to join, false to exclude
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record Decision(String claimId, boolean joined, String decidedBy, Instant decidedAt) {

  public Decision {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }

  /** "joined" or "excluded". */
  public String verb() {
    return joined ? "joined" : "excluded";
  }
}
