package org.vigie.core.series.store;

import java.util.Locale;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;

/**
 * The rule that puts a quantity claim in a series, before the analysts' decisions: its unit equals
 * the series' unit; its actor equals the series' actor when the series has one; and, when the
 * series has keywords, one of them appears (case ignored, as a plain substring) in the claim's
 * subject, in its document's title or in its document's text. The document is the context because
 * the sentence around a figure often names the place in another sentence ("…in Kursk. Some 11,000
 * soldiers…"); it is a loose rule, which is why claims can be excluded by hand.
 */
public final class SeriesMatch {

  private SeriesMatch() {}

  /** True when unit and actor fit; a claim that is not a quantity never does. */
  public static boolean fitsUnitAndActor(SeriesDefinition series, StoredClaim claim) {
    if (!(claim.claim() instanceof QuantityClaim q)) {
      return false;
    }
    return series.unit().equals(q.quantity().unit())
        && (series.actor() == null || series.actor().equalsIgnoreCase(q.quantity().actor()));
  }

  /**
   * True when the claim fits unit and actor and one keyword (if there are any) appears in its
   * subject, in {@code title} or in {@code text} (the document's; either may be null).
   */
  public static boolean matches(
      SeriesDefinition series, StoredClaim claim, String title, String text) {
    if (!fitsUnitAndActor(series, claim)) {
      return false;
    }
    if (series.keywords().isEmpty()) {
      return true;
    }
    String subject = ((QuantityClaim) claim.claim()).quantity().subject();
    for (String keyword : series.keywords()) {
      String k = keyword.toLowerCase(Locale.ROOT);
      if (contains(subject, k) || contains(title, k) || contains(text, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String haystack, String lowerNeedle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
  }
}
