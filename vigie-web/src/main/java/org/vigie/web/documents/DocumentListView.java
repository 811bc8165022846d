package org.vigie.web.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.document.DocumentPage;
import org.vigie.core.document.DocumentQuery;
import org.vigie.service.documents.DocumentService;
import org.vigie.web.http.Format;
import org.vigie.web.http.PageFrame;

/**
 * The documents page: the filters as chosen, one page of rows, and links to the pages around it.
 */
public record DocumentListView(
    PageFrame frame,
    List<DocumentRow> rows,
    String total,
    String range,
    List<String> languages,
    List<String> sources,
    DocumentQuery query,
    String previousUrl,
    String nextUrl,
    String pageLabel) {

  public static final int PAGE_SIZE = 50;

  public static DocumentListView of(PageFrame frame, DocumentPage page, DocumentService.Filters f) {
    DocumentQuery q = page.query();
    int pageNumber = q.offset() / q.limit() + 1;
    long pages = Math.max(1, (page.total() + q.limit() - 1) / q.limit());
    String range =
        page.items().isEmpty()
            ? "none"
            : Format.count(q.offset() + 1L) + "–" + Format.count(q.offset() + page.items().size());
    return new DocumentListView(
        frame,
        page.items().stream().map(DocumentRow::of).toList(),
        Format.count(page.total()) + (page.total() == 1 ? " document" : " documents"),
        range,
        f.languages(),
        f.sources(),
        q,
        pageNumber > 1 ? url(q, pageNumber - 1) : null,
        page.hasNext() ? url(q, pageNumber + 1) : null,
        "page " + pageNumber + " of " + Format.count(pages));
  }

  public String lang() {
    return query.lang() == null ? "" : query.lang();
  }

  public String source() {
    return query.source() == null ? "" : query.source();
  }

  public String from() {
    return Format.date(query.publishedFrom());
  }

  public String to() {
    return Format.date(query.publishedTo());
  }

  public boolean filtered() {
    return query.lang() != null
        || query.source() != null
        || query.publishedFrom() != null
        || query.publishedTo() != null;
  }

  /** The list URL with the same filters, at another page. */
  static String url(DocumentQuery q, int page) {
    List<String> params = new ArrayList<>();
    add(params, "lang", q.lang());
    add(params, "source", q.source());
    add(params, "from", q.publishedFrom() == null ? null : q.publishedFrom().toString());
    add(params, "to", q.publishedTo() == null ? null : q.publishedTo().toString());
    if (page > 1) {
      params.add("page=" + page);
    }
    return "/documents" + (params.isEmpty() ? "" : "?" + String.join("&", params));
  }

  private static void add(List<String> params, String name, String value) {
    if (value != null) {
      params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
