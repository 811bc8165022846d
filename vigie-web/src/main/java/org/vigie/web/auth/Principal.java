package org.vigie.web.auth;

import org.vigie.core.user.Role;
import org.vigie.core.user.User;

/**
 * Who is making the current request and how they proved it.
 *
 * @param user the user, or null for a visitor
 * @param session the browser session, or null (HTTP Basic, or no cookie)
 */
public record Principal(User user, Session session) {

  public boolean isLoggedIn() {
    return user != null;
  }

  public String name() {
    return user == null ? null : user.name();
  }

  public boolean may(Role role) {
    return user != null && user.role().includes(role);
  }

  /** The CSRF token forms of this page must carry, or null without a session. */
  public String csrfToken() {
    return session == null ? null : session.csrfToken();
  }
}
