package org.vigie.core.ach;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;

/**
 * A matrix row made from a stored claim: the claim's words and its document's title as the text,
 * the speaker, relay and outlet as the source, the date the figure describes (else the publication
 * date) and the certainty its hedges give.
 */
public final class ClaimEvidence {

  private ClaimEvidence() {}

  /** The row {@code id} for the claim, graded and rated as given. */
  public static Evidence of(
      String id, StoredClaim c, Weight credibility, Weight relevance, List<Rating> ratings) {
    // One line: a claim may span a line break of its document.
    String words = c.claim().text().strip().replaceAll("\\s+", " ");
    String text = c.title() == null ? words : words + " — " + c.title().strip();
    Double certainty = null;
    List<String> who = new ArrayList<>();
    LocalDate date = day(c.published());
    if (c.claim() instanceof QuantityClaim q) {
      addIfPresent(who, q.speaker());
      addIfPresent(who, q.relayedBy() == null ? null : "via " + q.relayedBy());
      certainty = q.certainty();
      date = asOf(q.asOf(), date);
    }
    if (c.source() != null && !who.contains(c.source()) && !who.contains("via " + c.source())) {
      who.add(c.source());
    }
    String source = who.isEmpty() ? null : String.join(", ", who);
    return new Evidence(
        id,
        text,
        credibility,
        relevance,
        ratings,
        new Provenance(c.id(), c.documentId(), source, date, certainty));
  }

  /** A day as written, else the published day, else the first of an as-of month. */
  private static LocalDate asOf(String asOf, LocalDate published) {
    LocalDate day = day(asOf);
    if (day != null) {
      return day;
    }
    if (published != null) {
      return published;
    }
    return asOf != null && asOf.length() == 7 ? day(asOf + "-01") : null;
  }

  private static LocalDate day(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null; // not a day: the row keeps no date rather than a wrong one
    }
  }

  private static void addIfPresent(List<String> out, String s) {
    if (s != null && !s.isBlank()) {
      out.add(s);
    }
  }
}
