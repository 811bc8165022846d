package org.vigie.web.indicators;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.vigie.core.indicator.IndicatorBoard;
import org.vigie.core.indicator.SeriesValues;
import org.vigie.service.indicators.IndicatorService;
import org.vigie.service.json.IndicatorJson;
import org.vigie.service.json.Json;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;
import org.vigie.web.http.Params;

/**
 * GET /indicators (the board) and GET /api/indicators (the same as JSON), both as of now or of
 * {@code ?at=YYYY-MM-DD}. Threshold indicators read their series through {@link SeriesValues};
 * until the series store provides one, the board gets {@link SeriesValues#NONE} and such indicators
 * keep the states observed by hand.
 */
public final class IndicatorPages {

  private final IndicatorService service;
  private final SeriesValues series;
  private final Pages pages;

  public IndicatorPages(IndicatorService service, SeriesValues series, Pages pages) {
    this.service = service;
    this.series = series;
    this.pages = pages;
  }

  /** GET /indicators */
  public void board(Context ctx) {
    pages.send(
        ctx,
        "indicators.jte",
        IndicatorBoardView.of(
            PageFrame.of(ctx, "Indicators", "indicators"), boardOf(ctx), service::documentOf));
  }

  /** GET /api/indicators */
  public void api(Context ctx) {
    ctx.contentType("application/json").result(Json.write(IndicatorJson.of(boardOf(ctx))));
  }

  private IndicatorBoard boardOf(Context ctx) {
    LocalDate day = Params.date(ctx, "at");
    // Each series is pooled once per request, however many threshold indicators read it.
    Map<String, OptionalDouble> pooled = new HashMap<>();
    SeriesValues once = name -> pooled.computeIfAbsent(name, series::latest);
    // The end of the asked day, so that what was observed that day counts.
    return day == null
        ? service.board(once)
        : service.board(
            once, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
  }
}
