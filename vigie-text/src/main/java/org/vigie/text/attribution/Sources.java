package org.vigie.text.attribution;

import java.util.ArrayList;
import java.util.List;
import org.vigie.text.entity.Actor;
import org.vigie.text.entity.ActorList;
import org.vigie.text.entity.Entity;
import org.vigie.text.entity.EntityFinder;
import org.vigie.text.entity.EntityType;
import org.vigie.text.entity.NameWords;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.segment.Span;

/**
 * Reads who a speaker phrase names, most specific first: a person of the actor list, an unknown
 * name after a title, an unnamed person ("un responsable américain" stays as written), an
 * organisation of the list, a body named by what it is and whose ("les services de renseignement
 * sud-coréens" is the NIS), a country named alone ("Séoul", "Kiev"), an unknown organisation, and
 * else the phrase itself when it is short.
 */
final class Sources {

  /** Concepts from the most to the least specific. */
  private static final List<String> CONCEPTS =
      List.of(
          "military-intelligence",
          "defence-intelligence-agency",
          "intelligence",
          "defence-ministry",
          "foreign-ministry",
          "presidency",
          "military",
          "government");

  private final EntityFinder finder;
  private final NameWords words;
  private final FrameLexicon lexicon;

  Sources(EntityFinder finder, NameWords words, FrameLexicon lexicon) {
    this.finder = finder;
    this.words = words;
    this.lexicon = lexicon;
  }

  /** The source a phrase names, or null. */
  Source resolve(FoldedText t, List<Entity> entities, Span np) {
    if (np == null || np.start() >= np.end() || !hasWord(t, np)) {
      return null;
    }
    if (lexicon.pronoun(t, np.start(), np.end())
        || lexicon.pronoun(t, withDefiniteArticle(t, np.start()), np.end())) {
      return Source.pronoun(np);
    }
    if (lexicon.nonAgent(t, np.start(), np.end()) || lexicon.firstPerson(t, np.start(), np.end())) {
      return null;
    }
    List<Entity> inside = inside(entities, np);
    Entity person = first(inside, EntityType.PERSON);
    if (person != null) {
      return of(person, np);
    }
    FoldedText rest = inside.isEmpty() ? null : withoutEntities(t, inside, np);
    boolean unnamed =
        rest == null
            ? words.hasPersonNoun(t, np.start(), np.end())
                || words.hasTitle(t, np.start(), np.end())
            : words.hasPersonNoun(rest, 0, rest.length) || words.hasTitle(rest, 0, rest.length);
    if (unnamed) {
      return surface(t, np);
    }
    Source org = organisation(inside, np);
    if (org != null) {
      return org;
    }
    Source body = body(t, inside, rest, np);
    if (body != null) {
      return body;
    }
    Entity country = first(inside, EntityType.COUNTRY);
    if (country != null && wordCount(t, np) <= wordCount(t, span(country)) + 1) {
      return of(country, np);
    }
    return wordCount(t, np) <= 8 ? surface(t, np) : null;
  }

  /** Where "the agency" starts when the phrase is "agency": anaphora need their article. */
  private static int withDefiniteArticle(FoldedText t, int start) {
    int e = t.skipSpacesBack(start);
    if (e > 0 && t.at(e - 1) == '\'') {
      e--;
    }
    int s = t.wordStartBefore(e);
    String w = s < e ? t.folded(s, e) : "";
    return w.equals("the") || w.equals("le") || w.equals("la") || w.equals("l") ? s : start;
  }

  private Source organisation(List<Entity> inside, Span np) {
    Entity media = null;
    for (Entity e : inside) {
      if (e.type() == EntityType.ORGANISATION) {
        Actor a = finder.actors().actor(e.id());
        if (a == null || !a.media()) {
          return of(e, np);
        }
        media = media == null ? e : media;
      }
    }
    return media == null ? null : of(media, np);
  }

  /** "les services de renseignement sud-coréens": a concept and a country give a body. */
  private Source body(FoldedText t, List<Entity> inside, FoldedText rest, Span np) {
    Entity country = first(inside, EntityType.COUNTRY);
    if (country == null || rest == null) {
      return null;
    }
    List<String> found = finder.concepts(rest, 0, rest.length);
    ActorList list = finder.actors();
    String code = finder.country(country);
    for (String concept : CONCEPTS) {
      if (found.contains(concept)) {
        Actor a = list.standingFor(concept, code);
        return a == null ? surface(t, np) : new Source(a.name(), a.id(), a.media(), false, np);
      }
    }
    return null;
  }

  /**
   * The phrase with the names in it blanked out: "ministère sud-coréen de la Défense" reads
   * "ministère de la Défense", and "commission of the NIS" holds no title.
   */
  private static FoldedText withoutEntities(FoldedText t, List<Entity> inside, Span np) {
    StringBuilder rest = new StringBuilder();
    int at = np.start();
    for (Entity e : inside) {
      rest.append(t.text, at, Math.max(at, e.start())).append(' ');
      at = Math.max(at, e.end());
    }
    rest.append(t.text, at, np.end());
    return FoldedText.of(rest.toString());
  }

  private Source of(Entity e, Span np) {
    if (!e.resolved()) {
      return new Source(e.text(), null, false, false, np);
    }
    Actor a = finder.actors().actor(e.id());
    return new Source(a.name(), a.id(), a.media(), false, np);
  }

  /** The phrase as written, its runs of spaces and line breaks made one space. */
  private static Source surface(FoldedText t, Span np) {
    StringBuilder b = new StringBuilder(np.end() - np.start());
    for (int i = np.start(); i < np.end(); i++) {
      if (!t.space(i)) {
        b.append(t.text.charAt(i));
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    return new Source(b.toString().strip(), null, false, false, np);
  }

  private static Entity first(List<Entity> inside, EntityType type) {
    for (Entity e : inside) {
      if (e.type() == type) {
        return e;
      }
    }
    return null;
  }

  /** The entities within a phrase (the list is sorted by start). */
  /** The entities wholly inside {@code np}, from a list sorted by start. */
  static List<Entity> inside(List<Entity> entities, Span np) {
    int lo = 0;
    int hi = entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entities.get(mid).start() < np.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Entity> out = new ArrayList<>();
    for (int i = lo; i < entities.size() && entities.get(i).start() < np.end(); i++) {
      if (entities.get(i).end() <= np.end()) {
        out.add(entities.get(i));
      }
    }
    return out;
  }

  private static Span span(Entity e) {
    return new Span(e.start(), e.end());
  }

  private static boolean hasWord(FoldedText t, Span s) {
    for (int i = s.start(); i < s.end(); i++) {
      if (t.letter(i)) {
        return true;
      }
    }
    return false;
  }

  private static int wordCount(FoldedText t, Span s) {
    int n = 0;
    for (int i = s.start(); i < s.end(); i++) {
      if (t.wordStart(i)) {
        n++;
      }
    }
    return n;
  }
}
