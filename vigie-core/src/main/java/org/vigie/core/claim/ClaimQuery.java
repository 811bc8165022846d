package org.vigie.core.claim;

import java.time.LocalDate;

/**
 * Which claims to list. Every filter is optional (null: any); text filters match exactly, except
 * {@code speaker}, which matches a part of the name, ignoring case.
 *
 * @param kind quantity, entity or date
 * @param unit a quantity's unit lemma ({@code soldier})
 * @param actor a quantity's actor ({@code PRK}) or an entity's id
 * @param speaker part of a quantity's speaker
 * @param lang the document's language
 * @param documentId one document
 * @param from the earliest as-of date of a quantity (else of its document's publication)
 * @param to the latest, inclusive
 * @param offset claims skipped, for paging
 * @param limit claims returned at most
 */
public record ClaimQuery(
    ClaimKind kind,
    String unit,
    String actor,
    String speaker,
    String lang,
    String documentId,
    LocalDate from,
    LocalDate to,
    int offset,
    int limit) {

  public ClaimQuery {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** Every claim, the first {@code limit} of them. */
  public static ClaimQuery all(int limit) {
    return new ClaimQuery(null, null, null, null, null, null, null, null, 0, limit);
  }

  /** The quantities, the first {@code limit} of them. */
  public static ClaimQuery quantities(int limit) {
    return all(limit).withKind(ClaimKind.QUANTITY);
  }

  public ClaimQuery withKind(ClaimKind k) {
    return new ClaimQuery(k, unit, actor, speaker, lang, documentId, from, to, offset, limit);
  }

  public ClaimQuery withDocument(String id) {
    return new ClaimQuery(kind, unit, actor, speaker, lang, id, from, to, offset, limit);
  }

  public ClaimQuery withPage(int newOffset, int newLimit) {
    return new ClaimQuery(
        kind, unit, actor, speaker, lang, documentId, from, to, newOffset, newLimit);
  }
}
