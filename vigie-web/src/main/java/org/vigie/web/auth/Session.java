package org.vigie.web.auth;

import java.time.Instant;

/**
 * A browser's session: who logged in (null before the login), and the token its forms and htmx
 * requests must send back (the synchronizer token against cross-site request forgery).
 *
 * @param id the secret in the session cookie
 * @param csrfToken the secret every form and htmx request of this session carries
 * @param userName the user logged in, or null for a visitor who has not logged in yet
 * @param createdAt when the session began
 */
public record Session(String id, String csrfToken, String userName, Instant createdAt) {

  public boolean isLoggedIn() {
    return userName != null;
  }

  /** Never shows the secrets. */
  @Override
  public String toString() {
    return "Session[" + (userName == null ? "anonymous" : userName) + ", " + createdAt + "]";
  }
}
