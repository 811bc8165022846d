package org.vigie.web.claims;

import java.util.Arrays;
import java.util.List;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.DateClaim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;

/**
 * One line of the claims table, formatted; and the same claim as a CSV record.
 *
 * @param value a quantity's interval, an entity's id, a date's value
 * @param href the reader, at the claim
 */
public record ClaimRow(
    String id,
    String kind,
    String text,
    String value,
    String unit,
    String actor,
    String speaker,
    String certainty,
    String asOf,
    String document,
    String href,
    String lang) {

  /** The columns of the CSV export. */
  public static final List<String> CSV_HEADER =
      List.of(
          "id",
          "document_id",
          "lang",
          "published",
          "source",
          "kind",
          "start",
          "end",
          "text",
          "value",
          "low",
          "high",
          "modifier",
          "unit",
          "per",
          "actor",
          "speaker",
          "relayed_by",
          "hedges",
          "certainty",
          "as_of",
          "entity_id",
          "entity_type",
          "date",
          "precision");

  public static ClaimRow of(StoredClaim s) {
    Claim c = s.claim();
    String value = "";
    String unit = "";
    String actor = "";
    String speaker = "";
    String certainty = "";
    String asOf = "";
    if (c instanceof QuantityClaim qc) {
      Quantity q = qc.quantity();
      value = ClaimText.value(q);
      unit = orEmpty(q.unit()) + (q.per() == null ? "" : " per " + q.per());
      actor = orEmpty(q.actor());
      speaker = orEmpty(qc.speaker());
      certainty = orEmpty(ClaimText.certainty(qc.certainty()));
      asOf = orEmpty(qc.asOf());
    } else if (c instanceof EntityClaim e) {
      value = e.id() == null ? "(" + e.type() + ")" : e.id() + " (" + e.type() + ")";
      actor = orEmpty(e.id());
    } else if (c instanceof DateClaim d) {
      value = d.value();
    }
    String document = s.title() == null || s.title().isBlank() ? s.documentId() : s.title();
    return new ClaimRow(
        s.id(),
        c.kind().code(),
        c.text(),
        value,
        unit,
        actor,
        speaker,
        certainty,
        asOf,
        document,
        "/documents/" + s.documentId() + "#claim-" + s.id(),
        s.lang());
  }

  /** The claim as a CSV record in the order of {@link #CSV_HEADER}; empty cells for the absent. */
  public static List<Object> csv(StoredClaim s) {
    Claim c = s.claim();
    Object[] cells = new Object[CSV_HEADER.size()];
    cells[0] = s.id();
    cells[1] = s.documentId();
    cells[2] = s.lang();
    cells[3] = s.published();
    cells[4] = s.source();
    cells[5] = c.kind().code();
    cells[6] = c.start();
    cells[7] = c.end();
    cells[8] = c.text();
    if (c instanceof QuantityClaim qc) {
      Quantity q = qc.quantity();
      cells[9] = q.value();
      cells[10] = q.low();
      cells[11] = q.high();
      cells[12] = q.modifier().code();
      cells[13] = q.unit();
      cells[14] = q.per();
      cells[15] = q.actor();
      cells[16] = qc.speaker();
      cells[17] = qc.relayedBy();
      cells[18] = String.join("; ", qc.hedges());
      cells[19] = qc.certainty();
      cells[20] = qc.asOf();
    } else if (c instanceof EntityClaim e) {
      cells[21] = e.id();
      cells[22] = e.type();
    } else if (c instanceof DateClaim d) {
      cells[23] = d.value();
      cells[24] = d.precision();
    }
    return Arrays.asList(cells);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
