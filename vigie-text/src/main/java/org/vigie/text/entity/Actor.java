package org.vigie.text.entity;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of the actor list.
 *
 * @param id the stable identifier ({@code PRK}, {@code kor-nis}, {@code kim-jong-un})
 * @param type what it is
 * @param country the ISO 3166 alpha-3 code of its country, or null for international bodies
 * @param name the canonical name a speaker is printed as ({@code NIS}, {@code Kim Yong-hyun})
 * @param tags {@code media} for outlets and agencies that relay others; {@code army} for armed
 *     forces; {@code generic=CONCEPT} for the body a country's CONCEPT means
 * @param note a short description for analysts
 */
public record Actor(
    String id, EntityType type, String country, String name, Set<String> tags, String note) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    tags = Set.copyOf(tags);
    note = note == null ? "" : note;
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("an actor needs an id and a name: '" + id + "'");
    }
  }

  /** An outlet or agency that relays what others say (Yonhap, Reuters, KCNA). */
  public boolean media() {
    return tags.contains("media");
  }

  /** Whether {@code concept} of its country means this actor ("renseignement" + KOR = NIS). */
  public boolean stands(String concept) {
    return tags.contains("generic=" + concept);
  }
}
