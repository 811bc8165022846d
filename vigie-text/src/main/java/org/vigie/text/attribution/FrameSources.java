package org.vigie.text.attribution;

import java.util.List;
import java.util.Set;
import org.vigie.text.entity.Entity;
import org.vigie.text.entity.EntityFinder;
import org.vigie.text.entity.NameWords;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.segment.Clauses;
import org.vigie.text.segment.Span;

/**
 * Reads whom one frame points at: the phrase after "selon", before 에 따르면, after "citing" or "cité
 * par", and a reporting verb's subject, before it or, inverted, after it; passives, negated verbs,
 * participles and nouns that look like verbs point at no one.
 */
final class FrameSources {

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

  private final FrameLexicon lexicon;
  private final Sources sources;

  FrameSources(EntityFinder finder, FrameLexicon lexicon) {
    this.lexicon = lexicon;
    this.sources = new Sources(finder, NameWords.builtIn(), lexicon);
  }

  void sourcesOf(
      FoldedText t, Span s, List<Frame> all, List<Entity> entities, Frame f, List<Found> out) {
    boolean korean = t.hangul(f.start());
    switch (f.kind()) {
      case SOURCE ->
          add(
              out,
              t,
              entities,
              apposition(t, Phrases.after(t, f.end(), s.end(), all), s, entities),
              Found.Role.SOURCE,
              f);
      case SOURCE_BEFORE ->
          add(
              out,
              t,
              entities,
              KoreanPhrases.sourceBefore(t, f.start(), s.start()),
              Found.Role.SOURCE,
              f);
      case CITING -> {
        Span np =
            korean
                ? KoreanPhrases.citedBefore(t, f.start(), s.start())
                : Phrases.after(t, f.end(), s.end(), all);
        add(out, t, entities, np, Found.Role.CITED, f);
      }
      case CITED_BY ->
          add(out, t, entities, Phrases.after(t, f.end(), s.end(), all), Found.Role.RELAY, f);
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
          Found.Role.SPEAKER,
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
          Found.Role.SPEAKER,
          f);
      return;
    }
    add(out, t, entities, subjectBefore(t, f.start(), s.start(), all), Found.Role.SPEAKER, f);
    addMedia(out, t, entities, addressee(t, f.end(), s.end()), f);
  }

  private void add(
      List<Found> out, FoldedText t, List<Entity> entities, Span np, Found.Role role, Frame f) {
    Source src = sources.resolve(t, entities, np);
    if (src != null) {
      out.add(new Found(src, role, f.start()));
    }
  }

  private void addMedia(List<Found> out, FoldedText t, List<Entity> entities, Span np, Frame f) {
    Source src = sources.resolve(t, entities, np);
    if (src != null && src.media()) {
      out.add(new Found(src, Found.Role.RELAY, f.start()));
    }
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
      add(out, t, entities, Phrases.after(t, by + 4, s.end(), all), Found.Role.SOURCE, f);
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
    if (n >= s.end()) {
      return np;
    }
    // The entities from n on, found by a search: a text holds thousands of them.
    for (Entity e : Sources.inside(entities, new Span(n, s.end()))) {
      if (e.start() != n) {
        break;
      }
      if (e.type() == org.vigie.text.entity.EntityType.PERSON) {
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
}
