package org.vigie.web.claims;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.vigie.core.claim.ClaimKind;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.Store;
import org.vigie.service.documents.DocumentService;
import org.vigie.service.json.ClaimJson;
import org.vigie.service.json.Json;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;
import org.vigie.web.http.Params;

/** The claims table, its exports (CSV, JSON lines) and the claims API: all with one filter set. */
public final class ClaimPages {

  /** The unit menu lists the most frequent units, this many at most. */
  private static final int UNITS_LISTED = 200;

  private final Store store;
  private final DocumentService documents;
  private final Pages pages;

  public ClaimPages(Store store, DocumentService documents, Pages pages) {
    this.store = store;
    this.documents = documents;
    this.pages = pages;
  }

  /** GET /claims?kind&unit&actor&speaker&lang&from&to&page */
  public void list(Context ctx) {
    int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
    ClaimQuery q = query(ctx, (page - 1) * ClaimListView.PAGE_SIZE, ClaimListView.PAGE_SIZE);
    List<String> units =
        store.claims().countByUnit().keySet().stream().limit(UNITS_LISTED).toList();
    List<String> languages = documents.filters().languages();
    PageFrame frame = PageFrame.of(ctx, "Claims", "claims");
    pages.send(
        ctx, "claims.jte", ClaimListView.of(frame, store.claims().find(q), q, units, languages));
  }

  /** GET /claims.csv?filters: every matching claim, streamed. */
  public void csv(Context ctx) {
    export(
        ctx,
        "text/csv; charset=utf-8; header=present",
        "claims.csv",
        out -> {
          write(out, CsvWriter.row(ClaimRow.CSV_HEADER));
          return c -> write(out, CsvWriter.row(ClaimRow.csv(c)));
        });
  }

  /** GET /claims.jsonl?filters: every matching claim, one JSON object a line. */
  public void jsonl(Context ctx) {
    export(
        ctx,
        "application/jsonl; charset=utf-8",
        "claims.jsonl",
        out -> c -> write(out, Json.write(ClaimJson.of(c)) + "\n"));
  }

  /** GET /api/claims?filters&offset&limit */
  public void api(Context ctx) {
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Params.integer(ctx, "limit", 50, 1, 500);
    ClaimQuery q = query(ctx, offset, limit);
    send(ctx, Json.write(ClaimJson.page(store.claims().find(q), q)));
  }

  /** GET /api/claims/{id} */
  public void apiOne(Context ctx) {
    String id = ctx.pathParam("id");
    StoredClaim c = store.claims().get(id).orElseThrow(() -> new NotFoundException("claim", id));
    send(ctx, Json.write(ClaimJson.of(c)));
  }

  /** The filters of a request, shared by the page, the exports and the API. */
  static ClaimQuery query(Context ctx, int offset, int limit) {
    String kind = Params.text(ctx, "kind");
    ClaimKind k;
    try {
      k = kind == null ? null : ClaimKind.of(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", e.getMessage());
    }
    ClaimQuery q =
        new ClaimQuery(
            k,
            Params.text(ctx, "unit"),
            Params.text(ctx, "actor"),
            Params.text(ctx, "speaker"),
            Params.text(ctx, "lang"),
            null,
            Params.date(ctx, "from"),
            Params.date(ctx, "to"),
            offset,
            limit);
    if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
      throw new InvalidInputException(
          "from", "the date range is empty: " + q.from() + " is after " + q.to());
    }
    return q;
  }

  /** What an export writes: its start, then a consumer of each claim. */
  private interface Body {
    Consumer<StoredClaim> start(Writer out);
  }

  private void export(Context ctx, String contentType, String fileName, Body body) {
    ClaimQuery q = query(ctx, 0, 0);
    ctx.contentType(contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
      store.claims().forEach(q, body.start(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Writer out, String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(Context ctx, String json) {
    ctx.contentType("application/json").result(json);
  }
}
