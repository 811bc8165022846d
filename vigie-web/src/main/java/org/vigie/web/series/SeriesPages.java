package org.vigie.web.series;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.series.store.Decision;
import org.vigie.core.store.Store;
import org.vigie.service.json.Json;
import org.vigie.service.json.SeriesJson;
import org.vigie.service.series.SeriesService;
import org.vigie.web.auth.Guard;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;
import org.vigie.web.http.Params;

/**
 * The series pages and API: the list, one series' chart and tables, the dashboard panel, and the
 * analyst's join and exclude buttons.
 */
public final class SeriesPages {

  private final Store store;
  private final SeriesService series;
  private final Pages pages;
  private final Clock clock;

  public SeriesPages(Store store, Pages pages, Clock clock) {
    this.store = store;
    this.series = new SeriesService(store);
    this.pages = pages;
    this.clock = clock;
  }

  /** GET /series */
  public void list(Context ctx) {
    pages.send(
        ctx, "series_list.jte", new SeriesListView(PageFrame.of(ctx, "Series", "series"), cards()));
  }

  /**
   * GET /series/_panel: the dashboard panel, loaded by htmx after the page ("_" cannot start a
   * series name).
   */
  public void panel(Context ctx) {
    pages.send(
        ctx,
        "series_panel.jte",
        new SeriesListView(PageFrame.of(ctx, "Series", "series"), cards()));
  }

  private List<SeriesCard> cards() {
    return series.loadAll().stream().map(SeriesCard::of).toList();
  }

  /** GET /series/{name} */
  public void show(Context ctx) {
    SeriesService.Loaded l = series.load(ctx.pathParam("name"));
    PageFrame frame = PageFrame.of(ctx, "Series " + l.definition().name(), "series");
    pages.send(ctx, "series.jte", SeriesView.of(frame, l));
  }

  /** POST /series/{name}/claims/{claim} with decision=join|exclude. */
  public void decide(Context ctx) {
    String name = ctx.pathParam("name");
    String claim = ctx.pathParam("claim");
    String choice = Params.form(ctx, "decision");
    if (!"join".equals(choice) && !"exclude".equals(choice)) {
      throw new InvalidInputException("decision", "decision is 'join' or 'exclude'");
    }
    if (store.claims().get(claim).isEmpty()) {
      throw new NotFoundException("claim", claim);
    }
    store
        .series()
        .decide(
            name,
            new Decision(
                claim, "join".equals(choice), Guard.principal(ctx).name(), clock.instant()));
    ctx.redirect(
        "/series/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "#members",
        HttpStatus.SEE_OTHER);
  }

  /** GET /api/series */
  public void apiList(Context ctx) {
    ObjectNode o = Json.object();
    ArrayNode items = o.putArray("items");
    series.list().forEach(d -> items.add(SeriesJson.definition(d)));
    ctx.contentType("application/json").result(Json.write(o));
  }

  /** GET /api/series/{name} */
  public void apiShow(Context ctx) {
    ctx.contentType("application/json")
        .result(Json.write(SeriesJson.series(series.load(ctx.pathParam("name")))));
  }
}
