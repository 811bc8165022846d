package org.vigie.core.series.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.core.claim.ClaimKind;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.document.Document;
import org.vigie.core.series.Observation;
import org.vigie.core.store.Store;

/**
 * The members of a series, computed from the claims a store holds now: those the rule of {@link
 * SeriesMatch} takes, less those excluded by hand, plus those joined by hand; each read as an
 * observation by {@link ClaimObservation}. Excluded claims that the rule would take are listed too,
 * marked, so that a page can show them and undo the exclusion.
 */
public final class SeriesMembers {

  private SeriesMembers() {}

  /** The members, by date then claim id. */
  public static List<Member> of(Store store, StoredSeries series) {
    SeriesDefinition def = series.definition();
    ClaimQuery query =
        new ClaimQuery(
            ClaimKind.QUANTITY, def.unit(), def.actor(), null, null, null, null, null, 0, 0);
    Map<String, Optional<Document>> documents = new HashMap<>();
    List<Member> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // Candidates first, documents after: no read nested inside the claims cursor.
    List<StoredClaim> candidates = new ArrayList<>();
    store.claims().forEach(query, candidates::add);
    for (StoredClaim c : candidates) {
      Optional<Document> doc =
          documents.computeIfAbsent(c.documentId(), id -> store.documents().get(id));
      String title = doc.map(Document::title).orElse(null);
      String text = doc.map(Document::text).orElse(null);
      if (SeriesMatch.matches(def, c, title, text)) {
        boolean excluded = series.decisionOn(c.id()).map(d -> !d.joined()).orElse(false);
        members.add(member(c, excluded ? Member.How.EXCLUDED : Member.How.RULE));
        seen.add(c.id());
      }
    }
    for (Decision d : series.decisions()) {
      if (d.joined() && !seen.contains(d.claimId())) {
        store
            .claims()
            .get(d.claimId())
            .filter(c -> c.claim() instanceof QuantityClaim)
            .ifPresent(c -> members.add(member(c, Member.How.JOINED)));
      }
    }
    members.sort(Comparator.comparing(SeriesMembers::dateOf).thenComparing(m -> m.claim().id()));
    return List.copyOf(members);
  }

  /** The observations of the pooled members. */
  public static List<Observation> observations(List<Member> members) {
    return members.stream().filter(Member::pooled).map(Member::observation).toList();
  }

  private static Member member(StoredClaim c, Member.How how) {
    ClaimObservation.Outcome o = ClaimObservation.of(c, true);
    return new Member(c, how, o.observation(), o.reason());
  }

  private static String dateOf(Member m) {
    return m.observation() != null
        ? m.observation().asOf().toString()
        : m.claim().published() == null ? "" : m.claim().published();
  }
}
