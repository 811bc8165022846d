package org.vigie.web.documents;

import io.javalin.http.Context;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentPage;
import org.vigie.core.document.DocumentQuery;
import org.vigie.service.documents.DocumentService;
import org.vigie.service.documents.Original;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;
import org.vigie.web.http.Params;

/** The document list, the reader, and the downloads of a document's original and text. */
public final class DocumentPages {

  private final DocumentService documents;
  private final SpanSource spans;
  private final Pages pages;

  public DocumentPages(DocumentService documents, SpanSource spans, Pages pages) {
    this.documents = documents;
    this.spans = spans;
    this.pages = pages;
  }

  /** GET /documents?lang&source&from&to&page */
  public void list(Context ctx) {
    int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
    DocumentPage found =
        documents.find(
            query(ctx, (page - 1) * DocumentListView.PAGE_SIZE, DocumentListView.PAGE_SIZE));
    PageFrame frame = PageFrame.of(ctx, "Documents", "documents");
    pages.send(ctx, "documents.jte", DocumentListView.of(frame, found, documents.filters()));
  }

  /** The filters of a list request, for the pages and the API. */
  public static DocumentQuery query(Context ctx, int offset, int limit) {
    return new DocumentQuery(
        Params.text(ctx, "lang"),
        Params.text(ctx, "source"),
        Params.date(ctx, "from"),
        Params.date(ctx, "to"),
        offset,
        limit);
  }

  /** GET /documents/{id} */
  public void show(Context ctx) {
    Document d = documents.get(ctx.pathParam("id"));
    PageFrame frame = PageFrame.of(ctx, DocumentRow.label(d.summary()), "documents");
    pages.send(ctx, "document.jte", DocumentView.of(frame, d, ReaderText.of(d, spans)));
  }

  /**
   * GET /documents/{id}/original: always a download. An HTML original shown inline would run as a
   * page of our own origin, with the user's session; as an attachment, with nosniff and a sandbox
   * policy, it cannot.
   */
  public void original(Context ctx) {
    Original o = documents.original(ctx.pathParam("id"));
    sendAttachment(ctx, o.fileName(), o.mediaType(), o.content());
  }

  /** GET /documents/{id}/text: the whole extracted text, as plain UTF-8. */
  public void text(Context ctx) {
    Document d = documents.get(ctx.pathParam("id"));
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
    ctx.contentType("text/plain; charset=utf-8").result(d.text().getBytes(StandardCharsets.UTF_8));
  }

  static void sendAttachment(Context ctx, String fileName, String mediaType, InputStream in) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType(mediaType);
    ctx.result(in); // Javalin streams it, then closes it
  }
}
