package org.vigie.core.ach;

import java.time.LocalDate;

/**
 * Where an item of evidence comes from; every field may be null when unknown.
 *
 * @param claimId the claim the row was made from, when it was
 * @param documentId the document holding that claim or statement
 * @param source who said it (outlet, agency, official)
 * @param date when it was said or published
 * @param certainty the speaker's commitment, 0..1 (methods.md §7.3), or null
 */
public record Provenance(
    String claimId, String documentId, String source, LocalDate date, Double certainty) {

  /** Nothing known about where the item comes from. */
  public static final Provenance NONE = new Provenance(null, null, null, null, null);

  public Provenance {
    if (certainty != null && !(certainty >= 0 && certainty <= 1)) {
      throw new IllegalArgumentException("certainty must be in [0, 1]: " + certainty);
    }
  }

  /** A statement by a source on a date, not (yet) tied to a stored claim. */
  public static Provenance of(String source, LocalDate date) {
    return new Provenance(null, null, source, date, null);
  }
}
