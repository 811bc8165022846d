package org.vigie.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentSummary;

/** Documents as the JSON of {@code vigie docs} and {@code vigie show}. */
final class DocumentJson {

  private DocumentJson() {}

  static ObjectNode of(DocumentSummary d) {
    ObjectNode o = Json.object();
    o.put("id", d.id());
    o.put("sha256", d.sha256());
    o.put("origin", d.origin());
    o.put("container", d.container());
    o.put("lang", d.lang());
    o.put("title", d.title());
    o.put("chars", d.chars());
    o.put("size", d.size());
    o.put("media_type", d.mediaType());
    o.put("published", d.published() == null ? null : d.published().toString());
    o.put("source", d.source());
    o.put("ingested_at", d.ingestedAt().toString());
    o.put("status", d.status().code());
    o.put("status_reason", d.statusReason());
    return o;
  }

  static ObjectNode of(Document d) {
    return of(d.summary()).put("text", d.text());
  }
}
