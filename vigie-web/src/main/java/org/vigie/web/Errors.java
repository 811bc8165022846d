package org.vigie.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.error.UnavailableException;
import org.vigie.service.json.Json;
import org.vigie.web.http.ErrorView;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;
import org.vigie.web.http.WebError;
import org.vigie.web.ingest.IngestPages;

/**
 * Turns every exception into its answer, once for all routes: JSON {@code {"status", "field",
 * "message"}} under /api, a page elsewhere, a short text for htmx requests (the page shows it).
 *
 * <ul>
 *   <li>{@link InvalidInputException}: 400, naming the field;
 *   <li>{@link NotFoundException} and unknown paths: 404;
 *   <li>{@link AlreadyExistsException}: 409;
 *   <li>{@link WebError}: its status. A page that needs a login redirects to the login form; the
 *       API answers 401 with {@code WWW-Authenticate: Basic};
 *   <li>anything else: 500, logged with an id the user is shown.
 * </ul>
 */
final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private final Pages pages;

  Errors(Pages pages) {
    this.pages = pages;
  }

  void register(RoutesConfig routes) {
    routes.exception(
        InvalidInputException.class, (e, ctx) -> send(ctx, 400, e.field(), e.getMessage()));
    routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, 404, null, e.getMessage()));
    routes.exception(
        AlreadyExistsException.class, (e, ctx) -> send(ctx, 409, null, e.getMessage()));
    routes.exception(
        UnavailableException.class,
        (e, ctx) -> {
          LOG.warn("{} unavailable: {}", e.resource(), e.getMessage());
          send(ctx, 503, null, e.getMessage());
        });
    routes.exception(WebError.class, this::webError);
    routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            send(ctx, e.getStatus(), null, e.getStatus() == 404 ? "no such page" : e.getMessage()));
    routes.exception(Exception.class, this::unexpected);
  }

  private void webError(WebError e, Context ctx) {
    if (e.status() == 401) {
      if (isApi(ctx)) {
        ctx.header("WWW-Authenticate", "Basic realm=\"vigie\", charset=\"UTF-8\"");
      } else if (ctx.header("HX-Request") != null) {
        ctx.header("HX-Redirect", "/login");
      } else if (ctx.method() == io.javalin.http.HandlerType.GET) {
        ctx.redirect("/login?next=" + URLEncoder.encode(pathAndQuery(ctx), StandardCharsets.UTF_8));
        return;
      }
    }
    if (e.status() == 429) {
      ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
    }
    send(ctx, e.status(), null, e.getMessage());
  }

  private void unexpected(Exception e, Context ctx) {
    WebError refused = refusedUpload(e);
    if (refused != null) {
      LOG.info("{} {} refused: {}", ctx.method(), ctx.path(), refused.getMessage());
      send(ctx, refused.status(), null, refused.getMessage());
      return;
    }
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("request {} {} failed (error id {})", ctx.method(), ctx.path(), id, e);
    send(ctx, 500, null, "Vigie failed to answer (error id " + id + ", in the server's log)");
  }

  /**
   * A request body the server refused to read (Jetty's BadMessageException somewhere in the
   * causes): a multipart upload of more parts than Jetty allows, or larger than the upload limit.
   * Said in Vigie's words, with the limit, rather than as a failure of the server; null for
   * anything else.
   */
  static WebError refusedUpload(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      String message = String.valueOf(c.getMessage());
      if (message.contains("too many keys")) {
        return WebError.badRequest(
            "an upload holds at most 1,000 files: upload them in smaller batches, or put them in a"
                + " folder and run 'vigie ingest FOLDER'");
      }
      if (message.contains("max length exceeded") || message.contains("413")) {
        return WebError.tooLarge(
            "an upload holds at most "
                + (IngestPages.MAX_UPLOAD_BYTES >> 20)
                + " MB in all: upload the files in smaller batches, or run 'vigie ingest FOLDER'");
      }
    }
    return null;
  }

  private void send(Context ctx, int status, String field, String message) {
    ctx.status(status);
    if (isApi(ctx)) {
      ctx.contentType("application/json")
          .result(
              Json.write(
                  Json.object().put("status", status).put("field", field).put("message", message)));
    } else if (ctx.header("HX-Request") != null) {
      ctx.contentType("text/plain; charset=utf-8").result(message);
    } else {
      PageFrame frame = PageFrame.of(ctx, title(status), "");
      pages.send(ctx, "error.jte", new ErrorView(frame, status, title(status), message));
    }
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "That did not work";
      case 401 -> "Log in first";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 409 -> "Already there";
      case 413 -> "Too large";
      case 429 -> "Too many attempts";
      default -> "Something went wrong";
    };
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
  }

  private static String pathAndQuery(Context ctx) {
    return ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
  }
}
