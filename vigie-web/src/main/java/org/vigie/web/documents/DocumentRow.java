package org.vigie.web.documents;

import org.vigie.core.document.DocumentSummary;
import org.vigie.web.http.Format;

/** One line of a document list, formatted. */
public record DocumentRow(
    String id,
    String label,
    String origin,
    String lang,
    String published,
    String source,
    String chars,
    String ingested,
    boolean truncated) {

  public static DocumentRow of(DocumentSummary d) {
    return new DocumentRow(
        d.id(),
        label(d),
        d.origin(),
        d.lang(),
        Format.date(d.published()),
        d.source() == null ? "" : d.source(),
        Format.count(d.chars()),
        Format.minute(d.ingestedAt()),
        d.status() != org.vigie.core.document.DocumentStatus.OK);
  }

  /** The title, or else the file name of the origin. */
  static String label(DocumentSummary d) {
    if (d.title() != null && !d.title().isBlank()) {
      return d.title().strip();
    }
    String o = d.origin();
    int slash = Math.max(o.lastIndexOf('/'), o.lastIndexOf('\\'));
    return slash >= 0 && slash < o.length() - 1 ? o.substring(slash + 1) : o;
  }
}
