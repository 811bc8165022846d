package org.vigie.core.claim;

import java.util.List;

/** One page of the claims matching a query, and how many match in all. */
public record ClaimPage(List<StoredClaim> claims, long total) {

  public ClaimPage {
    claims = List.copyOf(claims);
  }
}
