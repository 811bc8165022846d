package org.vigie.web.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.search.FacetCount;
import org.vigie.core.search.SearchHit;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;
import org.vigie.core.search.Snippet;
import org.vigie.service.json.Json;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;
import org.vigie.web.http.Params;

/** Full-text search: the results page (from the header's box) and GET /api/search. */
public final class SearchPages {

  private final DocumentIndex search;
  private final Pages pages;

  public SearchPages(DocumentIndex search, Pages pages) {
    this.search = search;
    this.pages = pages;
  }

  /** GET /search?q&lang&from&to&source&unit&actor&page */
  public void page(Context ctx) {
    int page = Params.integer(ctx, "page", 1, 1, SearchQuery.MAX_OFFSET / SearchView.PAGE_SIZE);
    SearchQuery q = query(ctx, (page - 1) * SearchView.PAGE_SIZE, SearchView.PAGE_SIZE);
    PageFrame frame =
        PageFrame.of(ctx, q.text().isEmpty() ? "Search" : "Search: " + q.text(), "search");
    pages.send(ctx, "search.jte", SearchView.of(frame, q, search.search(q)));
  }

  /** GET /api/search?q&lang&from&to&source&unit&actor&offset&limit */
  public void api(Context ctx) {
    int offset = Params.integer(ctx, "offset", 0, 0, SearchQuery.MAX_OFFSET);
    int limit = Params.integer(ctx, "limit", SearchQuery.DEFAULT_LIMIT, 1, 100);
    SearchQuery q = query(ctx, offset, limit);
    ctx.contentType("application/json").result(Json.write(json(q, search.search(q))));
  }

  static SearchQuery query(Context ctx, int offset, int limit) {
    String q = ctx.queryParam("q");
    return new SearchQuery(
        q == null ? "" : q,
        Params.text(ctx, "lang"),
        Params.date(ctx, "from"),
        Params.date(ctx, "to"),
        Params.text(ctx, "source"),
        Params.text(ctx, "unit"),
        Params.text(ctx, "actor"),
        false,
        offset,
        limit);
  }

  private static ObjectNode json(SearchQuery q, SearchResults r) {
    ObjectNode o = Json.object();
    o.put("total", r.total());
    o.put("offset", q.offset());
    o.put("limit", q.limit());
    ArrayNode items = o.putArray("items");
    for (SearchHit h : r.hits()) {
      ObjectNode i = items.addObject();
      i.put("id", h.id());
      i.put("score", Math.round(h.score() * 10_000) / 10_000.0);
      i.put("title", h.title());
      i.put("origin", h.origin());
      i.put("lang", h.lang());
      i.put("published", Json.text(h.published()));
      i.put("source", h.source());
      i.put("snippet", h.snippet().text());
      ArrayNode marks = i.putArray("marks");
      for (Snippet.Mark m : h.snippet().marks()) {
        marks.addArray().add(m.start()).add(m.end());
      }
    }
    ObjectNode facets = o.putObject("facets");
    counts(facets.putObject("lang"), r.facets().lang());
    counts(facets.putObject("source"), r.facets().source());
    counts(facets.putObject("year"), r.facets().year());
    counts(facets.putObject("month"), r.facets().month());
    return o;
  }

  private static void counts(ObjectNode into, List<FacetCount> counts) {
    counts.forEach(c -> into.put(c.value(), c.count()));
  }
}
