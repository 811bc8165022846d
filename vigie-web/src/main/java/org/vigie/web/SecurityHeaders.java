package org.vigie.web;

import io.javalin.http.Context;

/**
 * Headers on every response. Scripts come only from our own files (no inline script, no eval), so a
 * script that slipped into a page would not run; no site may frame ours; browsers must not guess
 * media types; nothing authenticated is cached.
 */
final class SecurityHeaders {

  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    ctx.header("Cache-Control", "no-store");
  }
}
