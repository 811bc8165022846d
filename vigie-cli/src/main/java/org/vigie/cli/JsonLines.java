package org.vigie.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON output of the commands: one compact object per line, UTF-8 text left unescaped. The mapper
 * and the shapes of shared values (a document) are the API's, so that {@code --json} and the web
 * API agree field for field.
 */
public final class JsonLines {

  public static final ObjectMapper MAPPER = org.vigie.service.json.Json.MAPPER;

  private JsonLines() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static void println(PrintWriter out, Object node) {
    try {
      out.println(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + node.getClass(), e);
    }
  }

  /** A generator writing one JSON value per line to {@code out} (flush it at the end). */
  public static JsonGenerator lines(PrintWriter out) {
    try {
      JsonGenerator g = MAPPER.getFactory().createGenerator(out);
      g.setRootValueSeparator(new SerializedString("\n"));
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
