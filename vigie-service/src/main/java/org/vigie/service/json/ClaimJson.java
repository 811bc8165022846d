package org.vigie.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.ClaimPage;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.core.claim.DateClaim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;

/**
 * A stored claim in the API and in the JSON lines export: snake_case, the fields of {@code vigie
 * claims --json}, offsets in UTF-16 units of the document's text (JavaScript's string indices).
 */
public final class ClaimJson {

  private ClaimJson() {}

  public static ObjectNode of(StoredClaim s) {
    Claim c = s.claim();
    ObjectNode o = Json.object();
    o.put("id", s.id());
    o.put("document_id", s.documentId());
    o.put("kind", c.kind().code());
    o.put("start", c.start());
    o.put("end", c.end());
    o.put("text", c.text());
    o.put("lang", s.lang());
    if (c instanceof QuantityClaim qc) {
      quantity(o, qc);
    } else if (c instanceof EntityClaim e) {
      o.put("entity_id", e.id());
      o.put("type", e.type());
    } else if (c instanceof DateClaim d) {
      o.put("value", d.value());
      o.put("precision", d.precision());
      o.put("relative", d.relative());
    }
    o.put("source", s.source());
    o.put("published", s.published());
    o.put("title", s.title());
    return o;
  }

  private static void quantity(ObjectNode o, QuantityClaim qc) {
    Quantity q = qc.quantity();
    o.put("value", q.value());
    o.put("low", q.low());
    o.put("high", q.high());
    o.put("modifier", q.modifier().code());
    o.put("unit", q.unit());
    o.put("subject", q.subject());
    o.put("actor", q.actor());
    o.put("per", q.per());
    o.put("speaker", qc.speaker());
    o.put("relayed_by", qc.relayedBy());
    ArrayNode hedges = o.putArray("hedges");
    qc.hedges().forEach(hedges::add);
    o.put("hedged", qc.hedged());
    o.put("certainty", qc.certainty());
    o.put("as_of", qc.asOf());
  }

  /**
   * {@code {"total", "total_exact", "offset", "limit", "items": [...]}}, as the documents' pages;
   * when {@code total_exact} is false there are at least {@code total} claims.
   */
  public static ObjectNode page(ClaimPage page, ClaimQuery query) {
    ObjectNode o = Json.object();
    o.put("total", page.total());
    o.put("total_exact", page.exact());
    o.put("offset", query.offset());
    o.put("limit", query.limit());
    ArrayNode items = o.putArray("items");
    page.claims().forEach(c -> items.add(of(c)));
    return o;
  }
}
