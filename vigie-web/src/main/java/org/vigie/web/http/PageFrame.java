package org.vigie.web.http;

import io.javalin.http.Context;
import org.vigie.core.user.Role;
import org.vigie.web.auth.Guard;
import org.vigie.web.auth.Principal;

/**
 * What every page's layout needs: its title, which menu entry is current, who is logged in, and the
 * CSRF token its forms and htmx requests carry.
 *
 * @param title the page title (without the "Vigie" suffix)
 * @param nav the current menu entry: dashboard, documents, ach, ingest, or empty
 * @param userName who is logged in, or null
 * @param role their role's code, or null
 * @param csrfToken the session's token, or null without a session
 */
public record PageFrame(String title, String nav, String userName, String role, String csrfToken) {

  public static PageFrame of(Context ctx, String title, String nav) {
    Principal p = Guard.principal(ctx);
    return new PageFrame(
        title, nav, p.name(), p.isLoggedIn() ? p.user().role().code() : null, p.csrfToken());
  }

  public boolean loggedIn() {
    return userName != null;
  }

  /** Whether the user may add documents and rate evidence. */
  public boolean canWrite() {
    return role != null && Role.parse(role).orElseThrow().includes(Role.ANALYST);
  }

  /** The class of a menu entry: "current" for this page's, else none. */
  public String navClass(String entry) {
    return entry.equals(nav) ? "current" : null;
  }
}
