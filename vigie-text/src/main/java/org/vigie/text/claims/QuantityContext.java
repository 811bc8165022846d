package org.vigie.text.claims;

import java.util.List;
import java.util.Objects;
import org.vigie.text.attribution.Attribution;
import org.vigie.text.certainty.Certainty;
import org.vigie.text.certainty.Cue;
import org.vigie.text.date.AsOf;
import org.vigie.text.segment.Span;

/**
 * What the text around one quantity says about it: who said it and through whom, how hedged, and
 * which date it describes.
 *
 * @param quantity where the quantity is (UTF-16 offsets, as given)
 * @param attribution speaker and relay
 * @param certainty the cues of its clause and of the frames attributing it, and the ICD 203 level
 *     they give (all null without cues)
 * @param asOf the date the figure describes
 */
public record QuantityContext(
    Span quantity, Attribution attribution, Certainty certainty, AsOf asOf) {

  public QuantityContext {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(asOf, "asOf");
  }

  /** The canonical name of the speaker, or the phrase as written, or null. */
  public String speaker() {
    return attribution.speaker();
  }

  /** The outlet or agency the figure came through, or null. */
  public String relayedBy() {
    return attribution.relayedBy();
  }

  /** The hedge and attribution cues that reach the quantity. */
  public List<Cue> hedges() {
    return certainty.cues();
  }

  /** The probability on the ICD 203 scale (logit midpoint of the term), or null with no cue. */
  public Double certaintyProbability() {
    return certainty.probability();
  }
}
