package org.vigie.core.search;

import java.util.Objects;
import java.util.Set;
import org.vigie.core.document.Document;

/**
 * What the index keeps of one document: the document itself, and what its claims say, for the
 * filters on them.
 *
 * @param document the stored document (text and metadata)
 * @param units units of the quantities claimed in it ({@code soldier}, {@code missile}, ...)
 * @param actors actors the claims are about, as codes ({@code PRK}, {@code RUS}, ...)
 * @param quantities how many quantity claims it holds
 */
public record IndexEntry(Document document, Set<String> units, Set<String> actors, int quantities) {

  public IndexEntry {
    Objects.requireNonNull(document, "document");
    units = Set.copyOf(units);
    actors = Set.copyOf(actors);
    if (quantities < 0) {
      throw new IllegalArgumentException("quantities < 0: " + quantities);
    }
  }

  /** A document whose claims are not known (not extracted yet): the claim filters skip it. */
  public static IndexEntry of(Document document) {
    return new IndexEntry(document, Set.of(), Set.of(), 0);
  }

  public IndexEntry withClaims(Set<String> newUnits, Set<String> newActors, int newQuantities) {
    return new IndexEntry(document, newUnits, newActors, newQuantities);
  }
}
