package org.vigie.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.BasicAuthCredentials;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigie.core.user.User;
import org.vigie.core.user.UserStore;
import org.vigie.web.http.WebError;

/**
 * Runs before every matched route: finds who is calling (session cookie, or HTTP Basic on the API),
 * then refuses the request unless the route's {@link Access} allows it and, for a request that
 * changes something, unless it proves it comes from our own pages.
 *
 * <ul>
 *   <li>Not logged in on a protected route: 401 (the error handler sends pages to the login form).
 *   <li>A POST, PUT, PATCH or DELETE in a browser session must carry the session's CSRF token, in
 *       the {@value #CSRF_HEADER} header (htmx) or the {@value #CSRF_FIELD} form field; else 403.
 *   <li>With HTTP Basic there is no session and no token: a browser that remembered the credentials
 *       would send them with a forged cross-site request too, so such a request is refused when its
 *       Origin is another site's, or Sec-Fetch-Site says cross-site.
 *   <li>A role too weak for the route: 403.
 * </ul>
 */
public final class Guard {

  public static final String COOKIE = "vigie_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "_csrf";
  private static final String PRINCIPAL = "vigie.principal";
  private static final Set<HandlerType> UNSAFE =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private final Sessions sessions;
  private final Authenticator authenticator;
  private final UserStore users;

  public Guard(Sessions sessions, Authenticator authenticator, UserStore users) {
    this.sessions = sessions;
    this.authenticator = authenticator;
    this.users = users;
  }

  /** The before-matched handler. */
  public void check(Context ctx) {
    Principal p = identify(ctx);
    ctx.attribute(PRINCIPAL, p);
    Access access = accessOf(ctx);
    if (access != Access.PUBLIC && !p.isLoggedIn()) {
      throw WebError.unauthenticated("log in first");
    }
    if (UNSAFE.contains(ctx.method())) {
      requireSameOrigin(ctx, p);
    }
    if (access != Access.PUBLIC && !p.may(access.needed())) {
      throw WebError.forbidden(
          "your role ("
              + p.user().role().code()
              + ") may not do this; it needs "
              + access.needed().code());
    }
  }

  /** Who made this request (set by {@link #check} before every matched route). */
  public static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    return p == null ? new Principal(null, null) : p;
  }

  private Principal identify(Context ctx) {
    Session session = sessions.find(ctx.cookie(COOKIE)).orElse(null);
    if (session != null && session.isLoggedIn()) {
      Optional<User> user = users.find(session.userName());
      if (user.isPresent()) {
        return new Principal(user.get(), session);
      }
      sessions.end(session.id()); // the user was removed since
      session = null;
    }
    BasicAuthCredentials basic = ctx.path().startsWith("/api/") ? basic(ctx) : null;
    if (basic != null) {
      User user =
          authenticator
              .checkBasic(basic.getUsername(), basic.getPassword(), ctx.ip())
              .orElseThrow(() -> WebError.unauthenticated("wrong user name or password"));
      return new Principal(user, null);
    }
    return new Principal(null, session);
  }

  /**
   * The user name and password of an {@code Authorization: Basic} header, or null without one. A
   * header that is not Basic of {@code name:password} in base64 is a client's mistake: 401, never a
   * stack trace.
   */
  static BasicAuthCredentials basic(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw WebError.unauthenticated("the Authorization header is not valid base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw WebError.unauthenticated(
          "the Authorization header is not HTTP Basic of user:password (no colon)");
    }
    return new BasicAuthCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static Access accessOf(Context ctx) {
    for (RouteRole r : ctx.routeRoles()) {
      if (r instanceof Access a) {
        return a;
      }
    }
    throw new IllegalStateException("route declared without an Access: " + ctx.endpoint().path);
  }

  private static void requireSameOrigin(Context ctx, Principal p) {
    // Checked for sessions too: a token leaked to another site must not be enough.
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw WebError.forbidden("cross-site requests may not change anything");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !sameHost(origin, ctx.host())) {
      throw WebError.forbidden("requests from " + origin + " may not change anything");
    }
    if (p.session() != null) {
      String sent = ctx.header(CSRF_HEADER);
      if (sent == null) {
        sent = ctx.formParam(CSRF_FIELD);
      }
      if (sent == null || !constantTimeEquals(sent, p.session().csrfToken())) {
        throw WebError.forbidden(
            "this form is out of date or did not come from Vigie (CSRF token missing or wrong);"
                + " reload the page and try again");
      }
      return;
    }
    if (!p.isLoggedIn()) {
      throw WebError.forbidden("no session: load the page again, then submit it");
    }
  }

  private static boolean sameHost(String origin, String host) {
    try {
      URI uri = URI.create(origin);
      String authority = uri.getAuthority();
      return authority != null
          && host != null
          && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
