package org.vigie.text.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.text.entity.Entity;
import org.vigie.text.entity.EntityFinder;
import org.vigie.text.entity.NameWords;
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

  private enum Role {
    /** The subject of a reporting verb. */
    SPEAKER,
    /** The source after "selon", "according to", "по данным", or before 에 따르면. */
    SOURCE,
    /** The one cited: "citing the NIS". */
    CITED,
    /** "cité par l'AFP", "told Reuters". */
    RELAY
  }

  private record Found(Source source, Role role, int at) {}

  private static final Set<String> PASSIVE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "est", "sont", "ete", "etait");

  private static final Set<String> DETERMINERS =
      Set.of(
          "le", "la", "les", "l", "un", "une", "du", "des", "ce", "ces", "cette", "son", "sa",
          "ses", "leur", "leurs", "the", "its", "their", "his", "her", "this", "these", "an");

  private static final Set<String> NEGATIONS =
      Set.of(
          "pas", "jamais", "not", "never", "n't", "ne", "не", "ні", "нет", "didn", "hasn", "haven");

  private static final Set<String> TO =
      Set.of("a", "au", "aux", "l", "to", "the", "in", "агентству", "изданию", "виданню");

  private final FrameLexicon lexicon = FrameLexicon.builtIn();
  private final EntityFinder finder;
  private final Sources sources;

  public Attributor(EntityFinder finder) {
    this.finder = finder;
    this.sources = new Sources(finder, NameWords.builtIn(), lexicon);
  }

  private static final class Holder {
    static final Attributor BUILT_IN = new Attributor(EntityFinder.builtIn());
  }

  /** The attributor over the actor list shipped with Vigie. */
  public static Attributor builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * Who the quantity at {@code quantity} is attributed to.
   *
   * @param t the document, folded
   * @param sentences its sentences, in order
   * @param entities its entities (resolved and candidates), by start
   * @param quantity where the figure is
   */
  public Reading attribute(
      FoldedText t, List<Span> sentences, List<Entity> entities, Span quantity) {
    return session(t, sentences, entities).attribute(quantity);
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
                  sourcesOf(t, s, all, entities, k, one);
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

  private void sourcesOf(
      FoldedText t, Span s, List<Frame> all, List<Entity> entities, Frame f, List<Found> out) {
    boolean korean = t.hangul(f.start());
    switch (f.kind()) {
      case SOURCE ->
          add(
              out,
              t,
              entities,
              apposition(t, Phrases.after(t, f.end(), s.end(), all), s, entities),
              Role.SOURCE,
              f);
      case SOURCE_BEFORE ->
          add(
              out,
              t,
              entities,
              KoreanPhrases.sourceBefore(t, f.start(), s.start()),
              Role.SOURCE,
              f);
      case CITING -> {
        Span np =
            korean
                ? KoreanPhrases.citedBefore(t, f.start(), s.start())
                : Phrases.after(t, f.end(), s.end(), all);
        add(out, t, entities, np, Role.CITED, f);
      }
      case CITED_BY ->
          add(out, t, entities, Phrases.after(t, f.end(), s.end(), all), Role.RELAY, f);
      case VERB -> verb(t, s, all, entities, f, korean, out);
    }
  }

  private void verb(
      FoldedText t,
      Span s,
      List<Frame> all,
      List<Entity> entities,
      Frame f,
      boolean korean,
      List<Found> out) {
    if (korean) {
      Span clauseStart = Clauses.at(t, s, f.start());
      add(
          out,
          t,
          entities,
          KoreanPhrases.subject(t, f.start(), clauseStart.start()),
          Role.SPEAKER,
          f);
      addMedia(out, t, entities, KoreanPhrases.addressee(t, f.start(), s.start()), f);
      return;
    }
    if (passive(t, f) || negated(t, f) || afterDeterminer(t, f)) {
      return;
    }
    if (participle(t, f)) {
      agent(t, s, all, entities, f, out);
      return;
    }
    if (inverted(t, s, f)) {
      int from = lexicon.skipFillers(t, f.end(), s.end());
      add(
          out,
          t,
          entities,
          apposition(t, Phrases.after(t, from, s.end(), all), s, entities),
          Role.SPEAKER,
          f);
      return;
    }
    add(out, t, entities, subjectBefore(t, f.start(), s.start(), all), Role.SPEAKER, f);
    addMedia(out, t, entities, addressee(t, f.end(), s.end()), f);
  }

  private void add(
      List<Found> out, FoldedText t, List<Entity> entities, Span np, Role role, Frame f) {
    Source src = sources.resolve(t, entities, np);
    if (src != null) {
      out.add(new Found(src, role, f.start()));
    }
  }

  private void addMedia(List<Found> out, FoldedText t, List<Entity> entities, Span np, Frame f) {
    Source src = sources.resolve(t, entities, np);
    if (src != null && src.media()) {
      out.add(new Found(src, Role.RELAY, f.start()));
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
    for (Role role : List.of(Role.CITED, Role.SPEAKER, Role.SOURCE)) {
      Source s = nearest(found, role, at, false);
      if (s != null) {
        return s;
      }
    }
    Source media = nearest(found, Role.SPEAKER, at, true);
    return media != null ? media : nearest(found, Role.SOURCE, at, true);
  }

  private static Source relayOf(List<Found> found, Source speaker) {
    Source relay = null;
    for (Found f : found) {
      Source s = f.source();
      if (s.pronoun() || s == speaker || speaker != null && s.name().equals(speaker.name())) {
        continue;
      }
      if (f.role() != Role.CITED && (relay == null || s.media() && !relay.media())) {
        relay = s;
      }
    }
    return relay;
  }

  private static Source nearest(List<Found> found, Role role, int at, boolean media) {
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

  /**
   * ", a déclaré lundi Volodymyr Zelensky", "said Kirby", "как заявил Белоусов": a verb after a
   * comma, a quote or a dash with a name after it (not "que" or "that"), or after как/як.
   */
  private boolean inverted(FoldedText t, Span s, Frame f) {
    if (t.startsWith(f.start(), "как ") || t.startsWith(f.start(), "як ")) {
      return true;
    }
    int b = t.skipSpacesBack(f.start());
    char p = t.at(b - 1);
    if (b > s.start() && p != ',' && p != '"' && p != '-' && p != '\'') {
      return false;
    }
    int a = lexicon.skipFillers(t, f.end(), s.end());
    if (a >= s.end() || !t.alnum(a)) {
      return false;
    }
    String w = t.folded(a, t.wordEnd(a));
    return !(w.equals("que") || w.equals("qu") || w.equals("that") || w.equals("a"));
  }

  /** "le chiffre", "the estimates", "its claims": a noun that looks like a reporting verb. */
  private static boolean afterDeterminer(FoldedText t, Frame f) {
    int b = t.skipSpacesBack(f.start());
    if (t.at(b - 1) == '\'') {
      b--;
    }
    int w = t.wordStartBefore(b);
    return w < b && DETERMINERS.contains(t.folded(w, b));
  }

  /** "n'a jamais confirmé", "never confirmed", "не подтвердил": no one reported it. */
  private static boolean negated(FoldedText t, Frame f) {
    int b = t.skipSpacesBack(f.start());
    int w = t.wordStartBefore(b);
    String before = w < b ? t.folded(w, b) : "";
    return NEGATIONS.contains(before) || t.startsWith(f.start(), "не ");
  }

  /**
   * "le chiffre avancé par Séoul": a French past participle folds like the present ("avance"), but
   * its accent tells it apart; its source is the agent after "par", if any.
   */
  private static boolean participle(FoldedText t, Frame f) {
    char last = t.text.charAt(f.end() - 1);
    return (last == 'é' || last == 'É')
        && t.f[f.end() - 1] == 'e'
        && !t.startsWith(f.start(), "a ");
  }

  private void agent(
      FoldedText t, Span s, List<Frame> all, List<Entity> entities, Frame f, List<Found> out) {
    int by = t.skipSpaces(f.end());
    if (t.startsWith(by, "par ")) {
      add(out, t, entities, Phrases.after(t, by + 4, s.end(), all), Role.SOURCE, f);
    }
  }

  private boolean passive(FoldedText t, Frame f) {
    int b = t.skipSpacesBack(f.start());
    int w = t.wordStartBefore(b);
    return w < b && PASSIVE.contains(t.folded(w, b));
  }

  /**
   * The subject before a verb; after an apposition, the title and the name together ("Le ministre
   * sud-coréen de la Défense, Kim Yong-hyun, a déclaré"); before ", citing X," the one citing
   * ("L'agence Yonhap, citant le NIS, affirme").
   */
  private static Span subjectBefore(FoldedText t, int verbStart, int floor, List<Frame> frames) {
    int b = t.skipSpacesBack(verbStart);
    if (b > floor && t.at(b - 1) == ',') {
      Span name = Phrases.before(t, b - 1, floor);
      int raw = rawStart(t, name, floor);
      int b2 = t.skipSpacesBack(raw);
      boolean citing = false;
      for (Frame f : frames) {
        citing |= f.kind() == Frame.Kind.CITING && f.start() >= raw && f.start() < name.end();
      }
      if (b2 > floor && t.at(b2 - 1) == ',') {
        Span title = Phrases.before(t, b2 - 1, floor);
        return citing ? title : new Span(title.start(), name.end());
      }
      return name;
    }
    return Phrases.before(t, verbStart, floor);
  }

  /** Where a phrase found by {@link Phrases#before} began before its determiners were dropped. */
  private static int rawStart(FoldedText t, Span np, int floor) {
    int i = np.start();
    while (i > floor && !Phrases.isBoundary(t, i - 1)) {
      i--;
    }
    return i;
  }

  /** ", Cho Tae-yong," after "le directeur du NIS": the name joins the phrase. */
  private static Span apposition(FoldedText t, Span np, Span s, List<Entity> entities) {
    int c = t.skipSpaces(np.end());
    if (t.at(c) != ',') {
      return np;
    }
    int n = t.skipSpaces(c + 1);
    for (Entity e : entities) {
      if (e.start() == n
          && e.type() == org.vigie.text.entity.EntityType.PERSON
          && e.end() <= s.end()) {
        return new Span(np.start(), e.end());
      }
    }
    return np;
  }

  /** An outlet right after a verb: "told Reuters", "a déclaré à l'AFP", "сообщил ТАСС". */
  private static Span addressee(FoldedText t, int verbEnd, int limit) {
    int i = t.skipSpaces(verbEnd);
    for (int n = 0; n < 2 && i < limit && t.wordStart(i); n++) {
      int w = t.wordEnd(i);
      if (!TO.contains(t.folded(i, w))) {
        break;
      }
      i = t.skipSpaces(w);
      if (t.at(i) == '\'') {
        i = t.skipSpaces(i + 1);
      }
    }
    if (i >= limit) {
      return null;
    }
    int end = i;
    while (end < limit && (t.alnum(end) || t.at(end) == ' ' && t.upper(end + 1))) {
      end++;
    }
    return end > i ? new Span(i, end) : null;
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

  EntityFinder finder() {
    return finder;
  }
}
