package org.vigie.text.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.PhraseIndex;

/**
 * Finds the entities of a text in one pass: every name of the actor list (longest first, on word
 * boundaries, Russian and Ukrainian case endings and Korean particles allowed), surnames of people
 * already named in full ("Singh" after "Sabrina Singh"), then the candidates the list does not
 * know. Thread-safe; build once and share.
 */
public final class EntityFinder {

  private final ActorList list;
  private final PhraseIndex<Actor> names = new PhraseIndex<>();
  private final PhraseIndex<String> concepts = new PhraseIndex<>();
  private final Candidates candidates;

  public EntityFinder(ActorList list) {
    this(list, NameWords.builtIn());
  }

  EntityFinder(ActorList list, NameWords words) {
    this.list = list;
    for (ActorList.Alias a : list.aliases()) {
      names.add(a.form(), list.actor(a.id()), a.name());
    }
    list.concepts().forEach((concept, forms) -> forms.forEach(f -> concepts.add(f, concept)));
    this.candidates = new Candidates(words);
  }

  private static final class Holder {
    static final EntityFinder BUILT_IN = new EntityFinder(ActorList.builtIn());
  }

  /** The finder over the actor list shipped with Vigie. */
  public static EntityFinder builtIn() {
    return Holder.BUILT_IN;
  }

  /** The actor list names resolve to. */
  public ActorList actors() {
    return list;
  }

  /** Every entity of {@code text}, resolved ones and candidates, by start offset. */
  public List<Entity> find(String text) {
    return find(FoldedText.of(text));
  }

  /** The same, on a text already folded. */
  public List<Entity> find(FoldedText t) {
    List<Entity> resolved = resolved(t);
    List<Entity> all = new ArrayList<>(resolved);
    all.addAll(candidates.find(t, resolved));
    all.sort(Comparator.comparingInt(Entity::start));
    return all;
  }

  /** The entities of the actor list in {@code t}, with surnames of people named in full. */
  public List<Entity> resolved(FoldedText t) {
    List<Entity> out = new ArrayList<>();
    for (PhraseIndex.Match<Actor> m : names.scan(t, 0, t.length)) {
      out.add(Entity.resolved(t.text, m.start(), m.end(), m.value()));
    }
    return Surnames.add(t, out, list);
  }

  /**
   * The first country named in {@code [from, to)} of {@code text} by a country's name, adjective or
   * capital, or by its army (북한군): what the quantity extractor's actor lookup needs.
   */
  public Entity firstCountry(FoldedText t, int from, int to) {
    for (PhraseIndex.Match<Actor> m : names.scan(t, from, to)) {
      Actor a = m.value();
      if (a.type() == EntityType.COUNTRY || a.tags().contains("army")) {
        return Entity.resolved(t.text, m.start(), m.end(), a);
      }
    }
    return null;
  }

  /**
   * The same on raw text, folding only the range and one character on each side: a drop-in for the
   * quantity extractor's {@code ActorLookup.find(text, from, to)}.
   */
  public Entity firstCountry(CharSequence text, int from, int to) {
    int start = Math.max(0, from - 1);
    int end = Math.min(text.length(), to + 1);
    if (from >= to || start >= end) {
      return null;
    }
    String window = text.subSequence(start, end).toString();
    Entity e = firstCountry(FoldedText.of(window), from - start, to - start);
    return e == null
        ? null
        : new Entity(e.start() + start, e.end() + start, e.text(), e.id(), e.type(), true);
  }

  /** The ISO 3166 alpha-3 code of an entity's country, or null. */
  public String country(Entity e) {
    Actor a = list.actor(e.id());
    return a == null ? null : a.country();
  }

  /** The concepts ("intelligence", "defence-ministry") named in {@code [from, to)} of a text. */
  public List<String> concepts(FoldedText t, int from, int to) {
    List<String> out = new ArrayList<>();
    for (PhraseIndex.Match<String> m : concepts.scan(t, from, to)) {
      out.add(m.value());
    }
    return out;
  }

  /** Used by {@link Surnames}: the surname forms a full name ends with, for each person. */
  static Map<String, Actor> surnamesOf(FoldedText t, List<Entity> people, ActorList list) {
    Map<String, Actor> out = new HashMap<>();
    for (Entity e : people) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      int last = t.wordStartBefore(t.skipSpacesBack(e.end()));
      if (last > e.start() && t.upper(last) && e.end() - last >= 3) {
        out.put(t.folded(last, e.end()), list.actor(e.id()));
      }
    }
    return out;
  }
}
