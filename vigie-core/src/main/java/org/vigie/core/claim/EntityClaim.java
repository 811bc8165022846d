package org.vigie.core.claim;

import java.util.Objects;

/**
 * A named actor, place, organisation or weapon.
 *
 * @param id the id in Vigie's actor list ({@code PRK}, {@code kim-jong-un}), or null for a name
 *     found but not on the list (a candidate an analyst may add)
 * @param type country, person, organisation, place or weapon
 */
public record EntityClaim(int start, int end, String text, String id, String type)
    implements Claim {

  public EntityClaim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Spans.check(start, end, text);
  }

  /** Whether the name is not on the actor list. */
  public boolean candidate() {
    return id == null;
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.ENTITY;
  }
}
