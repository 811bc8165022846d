package org.vigie.web.auth;

import io.javalin.security.RouteRole;
import org.vigie.core.user.Role;

/** Who may call a route: anyone, or users whose role includes the one named. */
public enum Access implements RouteRole {
  PUBLIC(null),
  VIEWER(Role.VIEWER),
  ANALYST(Role.ANALYST),
  ADMIN(Role.ADMIN);

  private final Role needed;

  Access(Role needed) {
    this.needed = needed;
  }

  /** The role a user needs, or null for a public route. */
  public Role needed() {
    return needed;
  }
}
