package org.vigie.core.series.store;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;

/**
 * The rule that puts a quantity claim in a series, before the analysts' decisions: its unit equals
 * the series' unit; its actor equals the series' actor when the series has one; and, when the
 * series has keywords, one of them appears (case ignored, as a plain substring) in the claim's
 * subject, in its document's title or in its document's text. The document is the context because
 * the sentence around a figure often names the place in another sentence ("…in Kursk. Some 11,000
 * soldiers…"); it is a loose rule, which is why claims can be excluded by hand.
 *
 * <p>A series of a headcount (soldiers, troops, people) leaves out the figures whose sentence says
 * they died, were killed, wounded or captured ("2 000 військових … загинули", "100 soldiers were
 * killed"): the extractor counts soldiers in both, but a casualty figure is not the size of a
 * force.
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

  /** Units that count people, whose series leave casualty figures out. */
  private static final Set<String> HEADCOUNTS = Set.of("soldier", "troop", "person", "people");

  /** Words that make a figure of people a casualty count, in the five languages (lower case). */
  private static final List<String> CASUALTY_WORDS =
      List.of(
          "killed",
          "died",
          "dead",
          "wounded",
          "injured",
          "casualt",
          "captured",
          "tué",
          "morts",
          "blessés",
          "pertes",
          "capturés",
          "погиб",
          "убит",
          "ранен",
          "потер",
          "загин",
          "вбит",
          "поранен",
          "втрат",
          "사망",
          "전사",
          "부상",
          "사상");

  /**
   * True when the claim fits unit and actor and one keyword (if there are any) appears in its
   * subject, in {@code title} or in {@code text} (the document's; either may be null), and, for a
   * headcount series, the claim's sentence in {@code text} is not about casualties.
   */
  public static boolean matches(
      SeriesDefinition series, StoredClaim claim, String title, String text) {
    if (!fitsUnitAndActor(series, claim)) {
      return false;
    }
    if (HEADCOUNTS.contains(series.unit()) && aboutCasualties(claim, text)) {
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

  /** Whether the sentence around the claim (in the document text) names a casualty. */
  static boolean aboutCasualties(StoredClaim claim, String text) {
    if (text == null || claim.claim().end() > text.length()) {
      return false;
    }
    String sentence = sentenceAround(text, claim.claim().start(), claim.claim().end());
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String w : CASUALTY_WORDS) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String sentenceAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && !endsSentence(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && !endsSentence(text.charAt(to))) {
      to++;
    }
    return text.substring(from, to);
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == '。';
  }

  private static boolean contains(String haystack, String lowerNeedle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
  }
}
