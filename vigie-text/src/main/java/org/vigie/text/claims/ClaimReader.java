package org.vigie.text.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.DateClaim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.text.certainty.Cue;
import org.vigie.text.certainty.CueClass;
import org.vigie.text.date.DateMention;
import org.vigie.text.entity.Entity;
import org.vigie.text.quantity.QuantityExtractor;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.segment.Span;

/**
 * Every claim of a document in one call: its quantities with their speaker, relay, hedges,
 * certainty and as-of date; its named entities; its dates. What {@code vigie extract} prints and
 * what ingest keeps in the store. A pure function of its arguments; thread-safe.
 */
public final class ClaimReader {

  /**
   * The version of what this reader finds, kept with the claims of each document in a store. Raise
   * it when the extraction changes, so that stores read their documents again.
   */
  public static final String VERSION = "vigie-claims-2026.12.1";

  private static final Comparator<Claim> BY_PLACE =
      Comparator.comparingInt(Claim::start)
          .thenComparing(Claim::end, Comparator.reverseOrder())
          .thenComparing(Claim::kind);

  private final QuantityExtractor quantities;
  private final ClaimContext context;

  public ClaimReader(QuantityExtractor quantities, ClaimContext context) {
    this.quantities = quantities;
    this.context = context;
  }

  private static final class Holder {
    static final ClaimReader BUILT_IN =
        new ClaimReader(new QuantityExtractor(), ClaimContext.builtIn());
  }

  /** The reader over the lexicons and actor list shipped with Vigie. */
  public static ClaimReader builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * The claims of a text, by start (UTF-16 offsets).
   *
   * @param lang the language of the text; another than the five lets the script choose the rules
   * @param publication the publication date, or null (relative dates are then left out)
   */
  public List<Claim> read(String text, String lang, LocalDate publication) {
    // one folding and one choice of rules for every stage
    FoldedText folded = FoldedText.of(text);
    String rules = QuantityExtractor.rulesLanguage(text, lang);
    List<Quantity> found = quantities.extract(folded, rules);
    List<Span> spans = new ArrayList<>(found.size());
    for (Quantity q : found) {
      spans.add(new Span(q.start(), q.end()));
    }
    Claims read = context.read(folded, rules, publication, spans);
    List<Claim> out = new ArrayList<>(found.size() + read.entities().size() + read.dates().size());
    for (int i = 0; i < found.size(); i++) {
      out.add(quantity(found.get(i), read.quantities().get(i)));
    }
    for (Entity e : read.entities()) {
      out.add(new EntityClaim(e.start(), e.end(), e.text(), e.id(), e.type().code()));
    }
    for (DateMention d : read.dates()) {
      out.add(
          new DateClaim(d.start(), d.end(), d.text(), d.value(), d.kind().code(), d.relative()));
    }
    out.sort(BY_PLACE);
    return out;
  }

  private static QuantityClaim quantity(Quantity q, QuantityContext c) {
    List<String> hedges = new ArrayList<>(c.hedges().size());
    for (Cue cue : c.hedges()) {
      if (hedges(cue.cueClass())) {
        hedges.add(cue.text());
      }
    }
    return new QuantityClaim(
        q, c.speaker(), c.relayedBy(), hedges, c.certaintyProbability(), c.asOf().value());
  }

  /**
   * Whether a cue makes a figure uncertain. Saying who said it ("said", "selon"), confirming or
   * denying it does not hedge the figure; the certainty still weighs every cue.
   */
  private static boolean hedges(CueClass cueClass) {
    return cueClass != CueClass.ATTRIBUTION
        && cueClass != CueClass.CONFIRMED
        && cueClass != CueClass.DENIAL;
  }
}
