package org.vigie.core.claim;

import java.util.List;

/**
 * One page of the claims matching a query, and how many match in all.
 *
 * @param total how many claims match; when {@code exact} is false, at least this many (a store of
 *     millions of claims counts only so far, so that a page answers at once)
 */
public record ClaimPage(List<StoredClaim> claims, long total, boolean exact) {

  /** How many matching claims a store counts at least before it says "at least". */
  public static final int COUNT_LIMIT = 1_000;

  public ClaimPage {
    claims = List.copyOf(claims);
  }

  /** A page whose total is exact. */
  public ClaimPage(List<StoredClaim> claims, long total) {
    this(claims, total, true);
  }
}
