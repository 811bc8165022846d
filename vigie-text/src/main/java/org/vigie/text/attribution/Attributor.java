package org.vigie.text.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.text.entity.Entity;
import org.vigie.text.entity.EntityFinder;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.segment.Clauses;
import org.vigie.text.segment.Span;

/**
 * Attributes a figure to its speaker and relay from the reporting frames of its sentence: the
 * frames of its own clause, or when that clause has none, those of the whole sentence ("Selon
 * Séoul, 10 000 soldats sont en Russie, mais 1 500 seraient morts"). A quantity in the next
 * sentence is attributed only when that sentence continues the report with a pronoun ("Il a ajouté
 * que", "she added"). Thread-safe.
 */
public final class Attributor {

  /** An attribution and the frames it was read from (for the hedges they carry). */
  public record Reading(Attribution attribution, List<Span> frames) {

    public Reading {
      frames = List.copyOf(frames);
    }

    static final Reading NONE = new Reading(Attribution.NONE, List.of());
  }

  private final FrameLexicon lexicon = FrameLexicon.builtIn();
  private final FrameSources frameSources;

  public Attributor(EntityFinder finder) {
    this.frameSources = new FrameSources(finder, lexicon);
  }

  private static final class Holder {
    static final Attributor BUILT_IN = new Attributor(EntityFinder.builtIn());
  }

  /** The attributor over the actor list shipped with Vigie. */
  public static Attributor builtIn() {
    return Holder.BUILT_IN;
  }

  /** A reading of one document, which finds each sentence's frames once for all its figures. */
  public Session session(FoldedText t, List<Span> sentences, List<Entity> entities) {
    return new Session(t, sentences, entities);
  }

  /** The attributions of one document. Not thread-safe; cheap to make. */
  public final class Session {
    private final FoldedText t;
    private final List<Span> sentences;
    private final List<Entity> entities;
    private final Map<Integer, List<Frame>> frames = new HashMap<>();
    private final Map<Frame, List<Found>> sources = new HashMap<>();
    private final Map<Integer, List<Span>> clauses = new HashMap<>();

    private Session(FoldedText t, List<Span> sentences, List<Entity> entities) {
      this.t = t;
      this.sentences = sentences;
      this.entities = entities;
    }

    /** Who the quantity at {@code quantity} is attributed to. */
    public Reading attribute(Span quantity) {
      int si = sentenceOf(sentences, quantity.start());
      return si < 0 ? Reading.NONE : read(si, quantity.start(), true);
    }

    /** The clause of sentence {@code si} that holds {@code at}. */
    public Span clauseAt(int si, int at) {
      List<Span> list = clauses.computeIfAbsent(si, k -> Clauses.of(t, sentences.get(k)));
      for (Span c : list) {
        if (at < c.end()) {
          return c;
        }
      }
      return list.get(list.size() - 1);
    }

    /** The index of the sentence that holds {@code offset}, or -1. */
    public int sentenceIndex(int offset) {
      return sentenceOf(sentences, offset);
    }

    private List<Frame> framesOf(int si) {
      return frames.computeIfAbsent(
          si, k -> lexicon.frames(t, sentences.get(k).start(), sentences.get(k).end()));
    }

    private Reading read(int si, int at, boolean mayContinue) {
      Span s = sentences.get(si);
      List<Frame> all = framesOf(si);
      if (all.isEmpty()) {
        return Reading.NONE;
      }
      Span clause = clauseAt(si, at);
      List<Frame> use = new ArrayList<>();
      for (Frame f : all) {
        if (clause.contains(f.start())) {
          use.add(f);
        }
      }
      if (use.isEmpty()) {
        use = all;
      }
      List<Found> found = new ArrayList<>();
      for (Frame f : use) {
        found.addAll(
            sources.computeIfAbsent(
                f,
                k -> {
                  List<Found> one = new ArrayList<>(2);
                  frameSources.sourcesOf(t, s, all, entities, k, one);
                  return one;
                }));
      }
      Reading reading = choose(found, at, use);
      Source speaker = speakerOf(found, at);
      if (speaker != null && speaker.pronoun()) {
        if (!mayContinue || si == 0) {
          return new Reading(Attribution.of(null, relayOf(found, null)), reading.frames());
        }
        Reading before = read(si - 1, sentences.get(si - 1).end(), false);
        return new Reading(before.attribution(), reading.frames());
      }
      return reading;
    }
  }

  /**
   * Speaker: the one cited ("citing the NIS"), else the subject of a reporting verb nearest the
   * figure, else the source of "selon"/"according to", people and agencies before outlets. Relay:
   * whoever cited; else the "selon" source when a verb's subject speaks ("selon Yonhap, le NIS a
   * déclaré"); else an outlet ("told Reuters", "cité par l'AFP").
   */
  private static Reading choose(List<Found> found, int at, List<Frame> frames) {
    Source speaker = speakerOf(found, at);
    List<Span> spans = new ArrayList<>();
    for (Frame f : frames) {
      spans.add(new Span(f.start(), f.end()));
    }
    return new Reading(Attribution.of(speaker, relayOf(found, speaker)), spans);
  }

  private static Source speakerOf(List<Found> found, int at) {
    for (Found.Role role : List.of(Found.Role.CITED, Found.Role.SPEAKER, Found.Role.SOURCE)) {
      Source s = nearest(found, role, at, false);
      if (s != null) {
        return s;
      }
    }
    Source media = nearest(found, Found.Role.SPEAKER, at, true);
    return media != null ? media : nearest(found, Found.Role.SOURCE, at, true);
  }

  private static Source relayOf(List<Found> found, Source speaker) {
    Source relay = null;
    for (Found f : found) {
      Source s = f.source();
      if (s.pronoun() || s == speaker || speaker != null && s.name().equals(speaker.name())) {
        continue;
      }
      if (f.role() != Found.Role.CITED && (relay == null || s.media() && !relay.media())) {
        relay = s;
      }
    }
    return relay;
  }

  private static Source nearest(List<Found> found, Found.Role role, int at, boolean media) {
    Source best = null;
    int distance = Integer.MAX_VALUE;
    for (Found f : found) {
      if (f.role() == role && f.source().media() == media) {
        int d = Math.abs(f.at() - at);
        if (d < distance) {
          best = f.source();
          distance = d;
        }
      }
    }
    return best;
  }

  private static int sentenceOf(List<Span> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
