package org.vigie.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** JSON output of the commands: one compact object per line, UTF-8 text left unescaped. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().disable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
  }

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void println(PrintWriter out, Object node) {
    try {
      out.println(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + node.getClass(), e);
    }
  }
}
