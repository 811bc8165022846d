package org.vigie.service.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentPage;
import org.vigie.core.document.DocumentSummary;

/**
 * The JSON of the API. Field names are snake_case, as in the command line's {@code --json}; a
 * document has the fields of {@code vigie docs --json}.
 */
public final class Json {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().disable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
  }

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + node.getClass(), e);
    }
  }

  public static ObjectNode document(DocumentSummary d) {
    ObjectNode o = object();
    o.put("id", d.id());
    o.put("sha256", d.sha256());
    o.put("origin", d.origin());
    o.put("container", d.container());
    o.put("lang", d.lang());
    o.put("title", d.title());
    o.put("chars", d.chars());
    o.put("size", d.size());
    o.put("media_type", d.mediaType());
    o.put("published", text(d.published()));
    o.put("source", d.source());
    o.put("ingested_at", text(d.ingestedAt()));
    o.put("status", d.status().code());
    o.put("status_reason", d.statusReason());
    return o;
  }

  public static ObjectNode document(Document d) {
    return document(d.summary()).put("text", d.text());
  }

  /** {@code {"total", "offset", "limit", "items": [...]}}. */
  public static ObjectNode page(DocumentPage page) {
    ObjectNode o = object();
    o.put("total", page.total());
    o.put("offset", page.query().offset());
    o.put("limit", page.query().limit());
    ArrayNode items = o.putArray("items");
    page.items().forEach(d -> items.add(document(d)));
    return o;
  }

  public static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  public static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
