package org.vigie.web.documents;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.document.Document;
import org.vigie.web.http.Format;
import org.vigie.web.http.PageFrame;

/** The reader: a document's metadata, and its text (escaped, with marks). */
public record DocumentView(
    PageFrame frame,
    String id,
    String label,
    List<Field> fields,
    String textHtml,
    boolean cut,
    String shown,
    String lang,
    boolean marked) {

  /** One line of metadata. */
  public record Field(String name, String value) {}

  public static DocumentView of(PageFrame frame, Document d, ReaderText reading) {
    List<Field> fields = new ArrayList<>();
    add(fields, "Title", d.title());
    add(fields, "Origin", d.origin());
    add(fields, "Container", d.container());
    add(fields, "Source", d.source());
    add(fields, "Published", Format.date(d.published()));
    add(fields, "Language", d.lang());
    add(fields, "Media type", d.mediaType());
    add(fields, "Size", Format.bytes(d.size()) + " (" + Format.count(d.size()) + " bytes)");
    add(fields, "Characters", Format.count(d.chars()));
    add(fields, "Ingested", Format.minute(d.ingestedAt()));
    add(
        fields,
        "Status",
        d.status().code() + (d.statusReason() == null ? "" : ": " + d.statusReason()));
    add(fields, "SHA-256", d.sha256());
    return new DocumentView(
        frame,
        d.id(),
        DocumentRow.label(d.summary()),
        fields,
        reading.html(),
        reading.cut(),
        Format.count(reading.shownChars()),
        d.lang(),
        reading.html().contains("<mark "));
  }

  private static void add(List<Field> fields, String name, String value) {
    if (value != null && !value.isBlank()) {
      fields.add(new Field(name, value));
    }
  }
}
