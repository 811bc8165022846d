package org.vigie.web.claims;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.claim.ClaimPage;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.web.http.Format;
import org.vigie.web.http.PageFrame;

/** The claims page: the filters as chosen, one page of rows, paging and export links. */
public record ClaimListView(
    PageFrame frame,
    List<ClaimRow> rows,
    String total,
    String range,
    List<String> units,
    List<String> languages,
    ClaimQuery query,
    String previousUrl,
    String nextUrl,
    String pageLabel,
    String csvUrl,
    String jsonlUrl) {

  public static final int PAGE_SIZE = 50;

  public static ClaimListView of(
      PageFrame frame, ClaimPage page, ClaimQuery q, List<String> units, List<String> languages) {
    int pageNumber = q.offset() / PAGE_SIZE + 1;
    long pages = Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    String range =
        page.claims().isEmpty()
            ? "none"
            : Format.count(q.offset() + 1L) + "–" + Format.count(q.offset() + page.claims().size());
    String filters = filters(q);
    return new ClaimListView(
        frame,
        page.claims().stream().map(ClaimRow::of).toList(),
        Format.count(page.total())
            + (page.exact() ? "" : "+")
            + (page.total() == 1 && page.exact() ? " claim" : " claims"),
        range,
        units,
        languages,
        q,
        pageNumber > 1 ? url("/claims", filters, pageNumber - 1) : null,
        q.offset() + page.claims().size() < page.total()
            ? url("/claims", filters, pageNumber + 1)
            : null,
        "page " + pageNumber + " of " + Format.count(pages) + (page.exact() ? "" : "+"),
        url("/claims.csv", filters, 1),
        url("/claims.jsonl", filters, 1));
  }

  public String kind() {
    return q(query.kind() == null ? null : query.kind().code());
  }

  public String unit() {
    return q(query.unit());
  }

  public String actor() {
    return q(query.actor());
  }

  public String speaker() {
    return q(query.speaker());
  }

  public String lang() {
    return q(query.lang());
  }

  public String from() {
    return Format.date(query.from());
  }

  public String to() {
    return Format.date(query.to());
  }

  public boolean filtered() {
    return !filters(query).isEmpty();
  }

  private static String q(String s) {
    return s == null ? "" : s;
  }

  /** The query string of the filters, without the page. */
  static String filters(ClaimQuery q) {
    List<String> params = new ArrayList<>();
    add(params, "kind", q.kind() == null ? null : q.kind().code());
    add(params, "unit", q.unit());
    add(params, "actor", q.actor());
    add(params, "speaker", q.speaker());
    add(params, "lang", q.lang());
    add(params, "from", q.from() == null ? null : q.from().toString());
    add(params, "to", q.to() == null ? null : q.to().toString());
    return String.join("&", params);
  }

  private static String url(String path, String filters, int page) {
    String p = page > 1 ? (filters.isEmpty() ? "" : "&") + "page=" + page : "";
    return filters.isEmpty() && p.isEmpty() ? path : path + "?" + filters + p;
  }

  private static void add(List<String> params, String name, String value) {
    if (value != null) {
      params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
