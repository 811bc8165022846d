package org.vigie.text.entity;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.vigie.text.lang.LanguagePacks;
import org.vigie.text.scan.Lexicon;
import org.vigie.text.scan.Lexicon.Row;

/**
 * The curated, versioned list of actors Vigie resolves names to (actors.tsv next to this class):
 * countries with their capitals as metonyms, people with their role and country, organisations,
 * places and weapons, with their names in French, English, Russian, Ukrainian and Korean.
 */
public final class ActorList {

  /** A form an actor is written as. {@code name} forms must start with a capital in the text. */
  record Alias(String id, String lang, boolean name, String form) {}

  /** The languages a form may be limited to: those with a pack, or any. */
  private static final List<String> LANGS =
      Stream.concat(LanguagePacks.TAGS.stream(), Stream.of("any")).toList();

  private final String version;
  private final Map<String, Actor> actors;
  private final List<Alias> aliases;
  private final Map<String, List<String>> concepts;

  private ActorList(
      String version,
      Map<String, Actor> actors,
      List<Alias> aliases,
      Map<String, List<String>> concepts) {
    this.version = version;
    this.actors = Collections.unmodifiableMap(actors);
    this.aliases = List.copyOf(aliases);
    this.concepts = Collections.unmodifiableMap(concepts);
  }

  private static final class Holder {
    static final ActorList BUILT_IN = of(Lexicon.resource(ActorList.class, "actors.tsv"));
  }

  /** The list shipped with Vigie. */
  public static ActorList builtIn() {
    return Holder.BUILT_IN;
  }

  /** Reads a list in the actors.tsv format (an analyst's own, for instance). */
  public static ActorList read(Reader reader, String name) throws IOException {
    return of(Lexicon.read(reader, name));
  }

  private static ActorList of(Lexicon lexicon) {
    String version = lexicon.header("version");
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("the actor list has no 'version' line before [actor]");
    }
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Row row : lexicon.rows("actor")) {
      Actor a = actor(row);
      if (actors.put(a.id(), a) != null) {
        throw new IllegalArgumentException(row.where() + ": actor id '" + a.id() + "' twice");
      }
    }
    List<Alias> aliases = new ArrayList<>();
    for (Row row : lexicon.rows("alias")) {
      String id = row.column(0);
      if (!actors.containsKey(id)) {
        throw new IllegalArgumentException(row.where() + ": alias of unknown actor '" + id + "'");
      }
      String lang = row.column(1);
      if (!LANGS.contains(lang)) {
        throw new IllegalArgumentException(
            row.where() + ": language '" + lang + "' is not one of " + LANGS);
      }
      boolean name = !"word".equals(row.column(2));
      boolean person = actors.get(id).type() == EntityType.PERSON;
      for (String form : Lexicon.expand(row.column(3))) {
        aliases.add(new Alias(id, lang, name, form));
        if (person && declinable(form)) {
          aliases.add(new Alias(id, lang, name, form + "~"));
        }
      }
    }
    Map<String, List<String>> concepts = new LinkedHashMap<>();
    for (Row row : lexicon.rows("concept")) {
      concepts.put(row.column(0), Lexicon.expand(row.column(1)));
    }
    return new ActorList(version, actors, aliases, concepts);
  }

  /**
   * A Russian or Ukrainian name ending in a consonant ("Лі Сон Гвон") is declined on its last word
   * ("Лі Сон Гвона", "Ли Сон Гвоном"); the list need not spell each case.
   */
  private static boolean declinable(String form) {
    if (form.isEmpty() || form.endsWith("~") || form.endsWith("*")) {
      return false;
    }
    char last = Character.toLowerCase(form.charAt(form.length() - 1));
    return last >= '\u0430' && last <= '\u044F' && "аеёиоуыэюяйь".indexOf(last) < 0
        || "бвгґджзклмнпрстфхцчшщ".indexOf(last) >= 0;
  }

  private static Actor actor(Row row) {
    String country = row.column(2);
    Set<String> tags = new HashSet<>();
    for (String tag : row.column(4).split(",")) {
      if (!tag.isBlank()) {
        tags.add(tag.strip());
      }
    }
    try {
      return new Actor(
          row.column(0),
          EntityType.of(row.column(1)),
          country.isEmpty() || "-".equals(country) ? null : country,
          row.column(3),
          tags,
          row.column(5));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
    }
  }

  /** The version line of the list (bumped on every change). */
  public String version() {
    return version;
  }

  /** The actor with this id, or null. */
  public Actor actor(String id) {
    return id == null ? null : actors.get(id);
  }

  /** Every actor, in file order. */
  public Collection<Actor> actors() {
    return actors.values();
  }

  List<Alias> aliases() {
    return aliases;
  }

  Map<String, List<String>> concepts() {
    return concepts;
  }

  /**
   * The actor that {@code concept} of {@code country} stands for ("intelligence" of KOR is the
   * NIS), the country itself for "government", or null.
   */
  public Actor standingFor(String concept, String country) {
    if (country == null) {
      return null;
    }
    if ("government".equals(concept)) {
      return actors.get(country);
    }
    for (Actor a : actors.values()) {
      if (country.equals(a.country()) && a.stands(concept)) {
        return a;
      }
    }
    return null;
  }
}
