package org.vigie.text.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigie.text.attribution.Attributor;
import org.vigie.text.certainty.Certainty;
import org.vigie.text.certainty.Cue;
import org.vigie.text.certainty.CueFinder;
import org.vigie.text.date.AsOf;
import org.vigie.text.date.DateFinder;
import org.vigie.text.date.DateMention;
import org.vigie.text.entity.Entity;
import org.vigie.text.entity.EntityFinder;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.segment.Clauses;
import org.vigie.text.segment.Segmenter;
import org.vigie.text.segment.Span;

/**
 * The context of the quantities of a document, in one call: entities and dates for the whole text,
 * and for each quantity its speaker and relay, its hedges and certainty, and the date it describes.
 * A pure function of its arguments; thread-safe; build once and share.
 *
 * <pre>{@code
 * Claims c = ClaimContext.builtIn().read(text, "fr", LocalDate.of(2024, 10, 23), spans);
 * c.quantities().get(0).speaker();   // "NIS"
 * }</pre>
 */
public final class ClaimContext {

  private final EntityFinder entities;
  private final CueFinder cues;
  private final Attributor attributor;
  private final DateFinder dates;

  public ClaimContext(
      EntityFinder entities, CueFinder cues, Attributor attributor, DateFinder dates) {
    this.entities = entities;
    this.cues = cues;
    this.attributor = attributor;
    this.dates = dates;
  }

  private static final class Holder {
    static final ClaimContext BUILT_IN =
        new ClaimContext(
            EntityFinder.builtIn(),
            CueFinder.builtIn(),
            Attributor.builtIn(),
            DateFinder.builtIn());
  }

  /** The context reader over the lexicons and actor list shipped with Vigie. */
  public static ClaimContext builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * Reads the context of a document's quantities.
   *
   * @param text the document text
   * @param lang its language (fr, en, ru, uk, ko; others read with the root sentence rules)
   * @param publication its publication date, or null (relative dates are then left out, and as-of
   *     dates are null unless stated)
   * @param quantities where its quantities are, in UTF-16 offsets
   */
  public Claims read(String text, String lang, LocalDate publication, List<Span> quantities) {
    FoldedText t = FoldedText.of(text);
    List<Entity> found = entities.find(t);
    List<DateMention> when = dates.find(t, lang, publication);
    if (quantities.isEmpty()) {
      return new Claims(List.of(), found, when);
    }
    List<Span> sentences = Segmenter.of(lang).sentences(text);
    List<QuantityContext> out = new ArrayList<>(quantities.size());
    for (Span q : quantities) {
      out.add(context(t, lang, publication, sentences, found, when, q));
    }
    return new Claims(out, found, when);
  }

  private QuantityContext context(
      FoldedText t,
      String lang,
      LocalDate publication,
      List<Span> sentences,
      List<Entity> found,
      List<DateMention> when,
      Span q) {
    Span sentence = sentenceOf(sentences, q.start());
    Attributor.Reading reading = attributor.attribute(t, sentences, found, q);
    Span clause = Clauses.at(t, sentence, q.start());
    List<Cue> hedges = new ArrayList<>(cues.find(t, clause.start(), clause.end(), lang));
    for (Span f : reading.frames()) {
      if (!clause.contains(f)) {
        hedges.addAll(cues.find(t, f.start(), f.end(), lang));
      }
    }
    hedges.sort((a, b) -> Integer.compare(a.start(), b.start()));
    AsOf asOf = AsOf.of(t, q, sentence, when, publication, reading.frames());
    return new QuantityContext(q, reading.attribution(), Certainty.of(hedges), asOf);
  }

  private static Span sentenceOf(List<Span> sentences, int offset) {
    for (Span s : sentences) {
      if (s.contains(offset)) {
        return s;
      }
    }
    return sentences.isEmpty() ? new Span(0, 0) : sentences.get(sentences.size() - 1);
  }
}
