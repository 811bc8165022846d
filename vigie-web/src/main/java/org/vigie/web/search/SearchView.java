package org.vigie.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.search.FacetCount;
import org.vigie.core.search.SearchHit;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;
import org.vigie.core.search.Snippet;
import org.vigie.web.http.Format;
import org.vigie.web.http.Html;
import org.vigie.web.http.PageFrame;

/** The search page: the query, one page of hits with their snippets, facets that narrow it. */
public record SearchView(
    PageFrame frame,
    SearchQuery query,
    String total,
    List<Hit> hits,
    List<Facet> facets,
    String previousUrl,
    String nextUrl) {

  public static final int PAGE_SIZE = 20;

  /** A hit as shown: {@code snippetHtml} is escaped text with {@code <mark>}s of our own. */
  public record Hit(String href, String label, String lang, String meta, String snippetHtml) {}

  /** A facet: its name and, per value, the count and the URL that narrows the search to it. */
  public record Facet(String name, List<Value> values) {}

  public record Value(String value, String count, String href, boolean chosen) {}

  public static SearchView of(PageFrame frame, SearchQuery q, SearchResults r) {
    List<Hit> hits = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      hits.add(
          new Hit(
              "/documents/" + h.id(),
              h.title() == null || h.title().isBlank() ? fileName(h.origin()) : h.title(),
              h.lang(),
              String.join(
                  " · ",
                  java.util.stream.Stream.of(h.lang(), Format.date(h.published()), h.source())
                      .filter(x -> x != null && !x.isEmpty())
                      .toList()),
              snippetHtml(h.snippet())));
    }
    List<Facet> facets = new ArrayList<>();
    facets.add(facet("Language", "lang", q.lang(), r.facets().lang(), q));
    facets.add(facet("Source", "source", q.source(), r.facets().source(), q));
    facets.add(yearFacet(r.facets().year(), q));
    int page = q.offset() / PAGE_SIZE + 1;
    return new SearchView(
        frame,
        q,
        Format.count(r.total()) + (r.total() == 1 ? " document" : " documents"),
        hits,
        facets.stream().filter(f -> !f.values().isEmpty()).toList(),
        page > 1 ? url(params(q), page - 1) : null,
        q.offset() + r.hits().size() < r.total() && q.offset() + PAGE_SIZE <= SearchQuery.MAX_OFFSET
            ? url(params(q), page + 1)
            : null);
  }

  /** The snippet escaped, each matched word in a {@code <mark>}: the only markup on the page. */
  static String snippetHtml(Snippet s) {
    StringBuilder out = new StringBuilder(s.text().length() + 16 * s.marks().size());
    int at = 0;
    for (Snippet.Mark m : s.marks()) {
      Html.escapeTo(s.text(), at, m.start(), out);
      out.append("<mark>");
      Html.escapeTo(s.text(), m.start(), m.end(), out);
      out.append("</mark>");
      at = m.end();
    }
    Html.escapeTo(s.text(), at, s.text().length(), out);
    return out.toString();
  }

  public String text() {
    return query.text();
  }

  public String lang() {
    return query.lang() == null ? "" : query.lang();
  }

  public String from() {
    return Format.date(query.from());
  }

  public String to() {
    return Format.date(query.to());
  }

  private static Facet facet(
      String name, String param, String chosen, List<FacetCount> counts, SearchQuery q) {
    List<Value> values = new ArrayList<>();
    for (FacetCount c : counts) {
      Map<String, String> p = params(q);
      boolean on = c.value().equalsIgnoreCase(chosen == null ? "" : chosen);
      if (on) {
        p.remove(param);
      } else {
        p.put(param, c.value());
      }
      values.add(new Value(c.value(), Format.count(c.count()), url(p, 1), on));
    }
    return new Facet(name, values);
  }

  /** A year narrows the publication dates to that year. */
  private static Facet yearFacet(List<FacetCount> counts, SearchQuery q) {
    List<Value> values = new ArrayList<>();
    for (FacetCount c : counts) {
      Map<String, String> p = params(q);
      String from = c.value() + "-01-01";
      String to = c.value() + "-12-31";
      boolean on = from.equals(Format.date(q.from())) && to.equals(Format.date(q.to()));
      if (on) {
        p.remove("from");
        p.remove("to");
      } else {
        p.put("from", from);
        p.put("to", to);
      }
      values.add(new Value(c.value(), Format.count(c.count()), url(p, 1), on));
    }
    return new Facet("Year", values);
  }

  private static Map<String, String> params(SearchQuery q) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("q", q.text());
    put(p, "lang", q.lang());
    put(p, "from", q.from() == null ? null : q.from().toString());
    put(p, "to", q.to() == null ? null : q.to().toString());
    put(p, "source", q.source());
    put(p, "unit", q.unit());
    put(p, "actor", q.actor());
    return p;
  }

  private static void put(Map<String, String> p, String name, String value) {
    if (value != null) {
      p.put(name, value);
    }
  }

  private static String url(Map<String, String> params, int page) {
    StringBuilder out = new StringBuilder("/search?");
    params.forEach(
        (k, v) ->
            out.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
    if (page > 1) {
      out.append("page=").append(page);
    } else {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  private static String fileName(String origin) {
    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    return slash >= 0 && slash < origin.length() - 1 ? origin.substring(slash + 1) : origin;
  }
}
