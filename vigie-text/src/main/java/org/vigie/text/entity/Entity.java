package org.vigie.text.entity;

import java.util.Objects;

/**
 * A name found in a text.
 *
 * @param start offset of the first character, in UTF-16 units
 * @param end offset after the last character, in UTF-16 units
 * @param text the name as written (without a Korean particle: 국정원, not 국정원은)
 * @param id the actor-list id it resolves to, or null for a candidate the list does not know
 * @param type its type; for a candidate, a guess (person or organisation)
 * @param resolved whether it is in the actor list (false: a candidate for an analyst to add)
 */
public record Entity(
    int start, int end, String text, String id, EntityType type, boolean resolved) {

  public Entity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "bad entity span [" + start + ", " + end + ") for '" + text + "'");
    }
    if (resolved != (id != null)) {
      throw new IllegalArgumentException("a resolved entity has an id, a candidate none: " + text);
    }
  }

  static Entity resolved(String text, int start, int end, Actor actor) {
    return new Entity(start, end, text.substring(start, end), actor.id(), actor.type(), true);
  }

  static Entity candidate(String text, int start, int end, EntityType guess) {
    return new Entity(start, end, text.substring(start, end), null, guess, false);
  }
}
