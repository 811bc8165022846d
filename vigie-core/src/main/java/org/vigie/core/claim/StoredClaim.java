package org.vigie.core.claim;

import java.util.Objects;

/**
 * A claim kept in a store, with what its document says of where it comes from.
 *
 * @param id a stable id: the same claim at the same place of the same document keeps it when the
 *     document is read again (see {@link ClaimIds})
 * @param documentId the document it was read in
 * @param lang the document's language
 * @param source the outlet the document names, or null
 * @param published the document's publication date ({@code 2024-10-23}), or null
 * @param title the document's title, or null
 */
public record StoredClaim(
    String id,
    String documentId,
    String lang,
    String source,
    String published,
    String title,
    Claim claim) {

  public StoredClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(claim, "claim");
  }
}
