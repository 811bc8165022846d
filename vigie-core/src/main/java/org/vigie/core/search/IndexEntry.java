package org.vigie.core.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.QuantityClaim;
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

  /** A document and the facts of its claims: units and actors of quantities, entity ids. */
  public static IndexEntry of(Document document, List<Claim> claims) {
    Set<String> units = new TreeSet<>();
    Set<String> actors = new TreeSet<>();
    int quantities = 0;
    for (Claim c : claims) {
      if (c instanceof QuantityClaim q) {
        quantities++;
        addIfPresent(units, q.quantity().unit());
        addIfPresent(actors, q.quantity().actor());
      } else if (c instanceof EntityClaim e) {
        addIfPresent(actors, e.id());
      }
    }
    return new IndexEntry(document, units, actors, quantities);
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }

  public IndexEntry withClaims(Set<String> newUnits, Set<String> newActors, int newQuantities) {
    return new IndexEntry(document, newUnits, newActors, newQuantities);
  }
}
