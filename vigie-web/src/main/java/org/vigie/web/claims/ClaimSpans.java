package org.vigie.web.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.document.Document;
import org.vigie.core.store.ClaimStore;
import org.vigie.web.documents.MarkedSpan;
import org.vigie.web.documents.SpanSource;

/**
 * The reader's highlights: a document's stored claims, one span each, of kind quantity, entity or
 * date, with the claim's id (so a link can point at it) and its tooltip.
 */
public final class ClaimSpans implements SpanSource {

  private final ClaimStore claims;

  public ClaimSpans(ClaimStore claims) {
    this.claims = claims;
  }

  @Override
  public List<MarkedSpan> spansOf(Document document) {
    List<StoredClaim> stored = claims.ofDocument(document.id());
    List<MarkedSpan> out = new ArrayList<>(stored.size());
    for (StoredClaim c : stored) {
      out.add(span(c));
    }
    return out;
  }

  static MarkedSpan span(StoredClaim c) {
    return new MarkedSpan(
        c.claim().start(),
        c.claim().end(),
        c.claim().kind().code(),
        Map.of("claim", c.id(), "tip", ClaimText.tooltip(c.claim())));
  }
}
