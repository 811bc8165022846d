package org.vigie.web.auth;

import io.javalin.http.Context;
import java.util.Optional;
import org.vigie.core.user.User;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;

/** The login form, logging in and out. */
public final class AuthPages {

  private final Sessions sessions;
  private final Authenticator authenticator;
  private final Pages pages;

  public AuthPages(Sessions sessions, Authenticator authenticator, Pages pages) {
    this.sessions = sessions;
    this.authenticator = authenticator;
    this.pages = pages;
  }

  /** GET /login: the form, in a session of its own so that the form carries a CSRF token. */
  public void form(Context ctx) {
    Principal p = Guard.principal(ctx);
    String next = safeNext(ctx.queryParam("next"));
    if (p.isLoggedIn()) {
      ctx.redirect(next);
      return;
    }
    Session session = p.session() != null ? p.session() : start(ctx, null);
    PageFrame frame = new PageFrame("Log in", "", null, null, session.csrfToken());
    pages.send(ctx, "login.jte", new LoginView(frame, next, "", null));
  }

  /** POST /login: checks the password; on success, a new session (never the visitor's one). */
  public void login(Context ctx) {
    Principal p = Guard.principal(ctx);
    String name = trimmed(ctx.formParam("name")).toLowerCase(java.util.Locale.ROOT);
    String password = ctx.formParam("password");
    String next = safeNext(ctx.formParam("next"));
    Optional<User> user =
        authenticator.check(
            name, password == null ? new char[0] : password.toCharArray(), ctx.ip());
    if (user.isEmpty()) {
      PageFrame frame = new PageFrame("Log in", "", null, null, p.csrfToken());
      ctx.status(401);
      pages.send(
          ctx, "login.jte", new LoginView(frame, next, name, "Wrong user name or password."));
      return;
    }
    if (p.session() != null) {
      sessions.end(p.session().id());
    }
    start(ctx, user.get().name());
    ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** POST /logout. */
  public void logout(Context ctx) {
    Principal p = Guard.principal(ctx);
    if (p.session() != null) {
      sessions.end(p.session().id());
    }
    ctx.header("Set-Cookie", cookie(ctx, "", true));
    ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private Session start(Context ctx, String userName) {
    Session s = sessions.create(userName);
    ctx.header("Set-Cookie", cookie(ctx, s.id(), false));
    return s;
  }

  /** The session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS. */
  static String cookie(Context ctx, String value, boolean expire) {
    return Guard.COOKIE
        + "="
        + value
        + "; Path=/; HttpOnly; SameSite=Lax"
        + ("https".equals(ctx.scheme()) ? "; Secure" : "")
        + (expire ? "; Max-Age=0" : "");
  }

  /** Where to go after logging in: a path of this site only, never another site. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
      return "/";
    }
    return next;
  }

  private static String trimmed(String s) {
    return s == null ? "" : s.strip();
  }
}
