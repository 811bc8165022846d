package org.vigie.text.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return read(FoldedText.of(text), lang, publication, quantities);
  }

  /** {@link #read(String, String, LocalDate, List)} of a text already folded. */
  public Claims read(FoldedText t, String lang, LocalDate publication, List<Span> quantities) {
    String text = t.text;
    List<Entity> found = entities.find(t);
    List<DateMention> when = dates.find(t, lang, publication);
    if (quantities.isEmpty()) {
      return new Claims(List.of(), found, when);
    }
    List<Span> sentences = sentencesAround(text, lang, quantities);
    Attributor.Session session = attributor.session(t, sentences, found);
    Map<Span, List<Cue>> cueCache = new HashMap<>();
    List<QuantityContext> out = new ArrayList<>(quantities.size());
    for (Span q : quantities) {
      out.add(context(t, lang, publication, sentences, session, when, cueCache, q));
    }
    return new Claims(out, found, when);
  }

  private QuantityContext context(
      FoldedText t,
      String lang,
      LocalDate publication,
      List<Span> sentences,
      Attributor.Session session,
      List<DateMention> when,
      Map<Span, List<Cue>> cueCache,
      Span q) {
    int si = session.sentenceIndex(q.start());
    Span sentence = si < 0 ? new Span(0, 0) : sentences.get(si);
    Attributor.Reading reading = session.attribute(q);
    Span clause = si < 0 ? sentence : session.clauseAt(si, q.start());
    List<Cue> hedges =
        new ArrayList<>(
            cueCache.computeIfAbsent(clause, c -> cues.find(t, c.start(), c.end(), lang)));
    for (Span f : reading.frames()) {
      if (!clause.contains(f)) {
        hedges.addAll(cues.find(t, f.start(), f.end(), lang));
      }
    }
    hedges.sort((a, b) -> Integer.compare(a.start(), b.start()));
    AsOf asOf = AsOf.of(t, q, sentence, when, publication, reading.frames());
    return new QuantityContext(q, reading.attribution(), Certainty.of(hedges), asOf);
  }

  /**
   * The sentences of the paragraphs that hold a quantity, and of the paragraph before each (where a
   * report continued by "Il a ajouté" may start); every other paragraph stands as one empty
   * placeholder, so that the sentence before a paragraph's first is never a far one.
   */
  private static List<Span> sentencesAround(String text, String lang, List<Span> quantities) {
    Segmenter segmenter = Segmenter.of(lang);
    List<int[]> paragraphs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        paragraphs.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < text.length() || paragraphs.isEmpty()) {
      paragraphs.add(new int[] {start, text.length()});
    }
    boolean[] wanted = new boolean[paragraphs.size()];
    int p = 0;
    List<Span> sorted = new ArrayList<>(quantities);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (Span q : sorted) {
      while (p < paragraphs.size() - 1 && q.start() >= paragraphs.get(p)[1]) {
        p++;
      }
      wanted[p] = true;
      if (p > 0) {
        wanted[p - 1] = true;
      }
    }
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      int[] para = paragraphs.get(i);
      if (wanted[i]) {
        segmenter.sentences(text, para[0], para[1], out);
      } else if (out.isEmpty() || out.get(out.size() - 1).end() > out.get(out.size() - 1).start()) {
        out.add(new Span(para[0], para[0]));
      }
    }
    return out;
  }
}
