package org.vigie.core.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.ClaimPage;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.core.claim.StoredClaim;

/**
 * The claims read from the documents of a store. A document's claims are replaced all at once, with
 * the version of the extractor that read them, so that a better extractor can read the store again
 * and a run killed half-way is finished by the next. Safe to call from several threads.
 */
public interface ClaimStore {

  /**
   * Replaces the claims of a document, in one transaction, and records which extractor read them.
   * Does nothing when the document is gone (it was deleted meanwhile).
   *
   * @param extractor the version of the extractor ("quantities-2026.11")
   */
  void replace(String documentId, String extractor, List<Claim> claims);

  /**
   * Up to {@code limit} ids of documents that this extractor version has not read yet (never read,
   * or read by another version), in ingestion order.
   */
  List<String> unread(String extractor, int limit);

  /** How many documents this extractor version has not read yet. */
  long countUnread(String extractor);

  /** The claim with this id. */
  Optional<StoredClaim> get(String id);

  /** The claims of a document, by start. */
  List<StoredClaim> ofDocument(String documentId);

  /**
   * One page of the claims matching a query (newest documents first, then by place in the
   * document), and their total.
   */
  ClaimPage find(ClaimQuery query);

  /** Every claim matching a query, ignoring its offset and limit, a few hundred read at a time. */
  void forEach(ClaimQuery query, Consumer<StoredClaim> consumer);

  /** How many claims of each kind there are, by kind code. */
  Map<String, Long> countByKind();

  /** The units of the quantities, with how many each has, most first. */
  Map<String, Long> countByUnit();
}
