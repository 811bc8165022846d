package org.vigie.web.http;

/**
 * A request the web layer refuses before any service sees it: not logged in, not allowed, too many
 * attempts, a missing CSRF token. The error handlers turn it into its HTTP status.
 */
public final class WebError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final long retryAfterSeconds;

  private WebError(int status, String message, long retryAfterSeconds) {
    super(message);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 401: no valid credentials came with the request. */
  public static WebError unauthenticated(String message) {
    return new WebError(401, message, 0);
  }

  /** 400: a request the server cannot take as it is, such as an upload of too many files. */
  public static WebError badRequest(String message) {
    return new WebError(400, message, 0);
  }

  /** 403: the user is known but may not do this, or the request failed a CSRF or origin check. */
  public static WebError forbidden(String message) {
    return new WebError(403, message, 0);
  }

  /** 413: an upload over the limit. */
  public static WebError tooLarge(String message) {
    return new WebError(413, message, 0);
  }

  /** 429: too many failed logins; try again after that many seconds. */
  public static WebError tooManyAttempts(long retryAfterSeconds) {
    return new WebError(
        429,
        "too many failed logins from here; try again in "
            + Math.max(1, (retryAfterSeconds + 59) / 60)
            + " minute(s)",
        retryAfterSeconds);
  }

  public int status() {
    return status;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
