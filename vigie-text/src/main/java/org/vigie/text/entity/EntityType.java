package org.vigie.text.entity;

import java.util.Locale;

/** What an entity is. */
public enum EntityType {
  COUNTRY,
  PERSON,
  ORGANISATION,
  PLACE,
  WEAPON;

  /** The lower-case name used in data files and JSON ({@code country}, {@code person}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type named {@code code}, or an exception that lists the valid ones. */
  public static EntityType of(String code) {
    for (EntityType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown entity type '" + code + "'; use country, person, organisation, place or weapon");
  }
}
