package org.vigie.web;

import static org.vigie.web.auth.Access.ANALYST;
import static org.vigie.web.auth.Access.PUBLIC;
import static org.vigie.web.auth.Access.VIEWER;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import org.vigie.web.auth.Access;

/**
 * Every route of the workbench, in one table: method, path, who may call it, handler. The handlers
 * are thin: they read the request, call one service, and render or serialise the answer.
 */
final class Routes {

  /** A declared route, for the OpenAPI check and for the record. */
  record Route(HandlerType method, String path, Access access) {}

  private final List<Route> declared = new ArrayList<>();

  void declare(RoutesConfig r, WebApp app) {
    r.before(SecurityHeaders::apply);
    r.beforeMatched(app.guard::check);
    app.errors.register(r);

    add(r, HandlerType.GET, "/login", PUBLIC, app.auth::form);
    add(r, HandlerType.POST, "/login", PUBLIC, app.auth::login);
    add(r, HandlerType.POST, "/logout", VIEWER, app.auth::logout);
    add(r, HandlerType.GET, "/", VIEWER, app.dashboard::show);

    add(r, HandlerType.GET, "/documents", VIEWER, app.documents::list);
    add(r, HandlerType.GET, "/documents/{id}", VIEWER, app.documents::show);
    add(r, HandlerType.GET, "/documents/{id}/original", VIEWER, app.documents::original);
    add(r, HandlerType.GET, "/documents/{id}/text", VIEWER, app.documents::text);

    add(r, HandlerType.GET, "/claims", VIEWER, app.claims::list);
    add(r, HandlerType.GET, "/claims.csv", VIEWER, app.claims::csv);
    add(r, HandlerType.GET, "/claims.jsonl", VIEWER, app.claims::jsonl);

    add(r, HandlerType.GET, "/search", VIEWER, app.search::page);

    add(r, HandlerType.GET, "/indicators", VIEWER, app.indicators::board);
    add(r, HandlerType.GET, "/api/indicators", VIEWER, app.indicators::api);
    add(r, HandlerType.GET, "/ach", VIEWER, app.ach::list);
    add(r, HandlerType.POST, "/ach", ANALYST, app.ach::upload);
    add(r, HandlerType.POST, "/ach/example", ANALYST, app.ach::loadExample);
    add(r, HandlerType.GET, "/ach/{id}", VIEWER, app.ach::show);
    add(r, HandlerType.GET, "/ach/{id}/history", VIEWER, app.ach::history);
    add(r, HandlerType.GET, "/ach/{id}/matrix.json", VIEWER, app.ach::export);
    add(r, HandlerType.POST, "/ach/{id}/ratings/{evidence}/{hypothesis}", ANALYST, app.ach::rate);

    add(r, HandlerType.GET, "/series", VIEWER, app.series::list);
    add(r, HandlerType.GET, "/series/_panel", VIEWER, app.series::panel);
    add(r, HandlerType.GET, "/series/{name}", VIEWER, app.series::show);
    add(r, HandlerType.POST, "/series/{name}/claims/{claim}", ANALYST, app.series::decide);
    add(r, HandlerType.GET, "/api/series", VIEWER, app.series::apiList);
    add(r, HandlerType.GET, "/api/series/{name}", VIEWER, app.series::apiShow);

    add(r, HandlerType.GET, "/ingest", ANALYST, app.ingest::form);
    add(r, HandlerType.POST, "/ingest", ANALYST, app.ingest::upload);
    add(r, HandlerType.GET, "/ingest/jobs/{id}", ANALYST, app.ingest::job);
    add(r, HandlerType.GET, "/ingest/jobs/{id}/status", ANALYST, app.ingest::status);

    add(r, HandlerType.GET, "/api/openapi.json", PUBLIC, app.api::openapi);
    add(
        r,
        HandlerType.GET,
        "/api/health",
        PUBLIC,
        ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
    add(r, HandlerType.GET, "/api/me", VIEWER, app.api::me);
    add(r, HandlerType.GET, "/api/stats", VIEWER, app.api::stats);
    add(r, HandlerType.GET, "/api/documents", VIEWER, app.api::documents);
    add(r, HandlerType.GET, "/api/documents/{id}", VIEWER, app.api::document);
    add(r, HandlerType.GET, "/api/documents/{id}/original", VIEWER, app.documents::original);
    add(r, HandlerType.GET, "/api/claims", VIEWER, app.claims::api);
    add(r, HandlerType.GET, "/api/claims/{id}", VIEWER, app.claims::apiOne);
    add(r, HandlerType.GET, "/api/search", VIEWER, app.search::api);
    add(r, HandlerType.GET, "/api/ach", VIEWER, app.api::matrices);
    add(r, HandlerType.POST, "/api/ach", ANALYST, app.api::createMatrix);
    add(r, HandlerType.GET, "/api/ach/{id}", VIEWER, app.api::matrix);
    add(
        r,
        HandlerType.PUT,
        "/api/ach/{id}/ratings/{evidence}/{hypothesis}",
        ANALYST,
        app.api::rate);
    add(r, HandlerType.POST, "/api/ingest", ANALYST, app.api::ingest);
    add(r, HandlerType.GET, "/api/ingest/{id}", ANALYST, app.api::ingestJob);
  }

  private void add(RoutesConfig r, HandlerType method, String path, Access access, Handler h) {
    r.addHttpHandler(method, path, h, access);
    declared.add(new Route(method, path, access));
  }

  List<Route> declared() {
    return List.copyOf(declared);
  }
}
