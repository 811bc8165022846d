package org.vigie.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * JSON lines of articles, one object per line: {@code {"url","title","published","source","text"}}.
 * Each line is its own document, archived as the bytes of that line. A bad line is reported with
 * its number and the others are kept.
 */
final class JsonLinesReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  /**
   * Whether a {@code .json} file is JSON lines: its first non-blank line is a whole JSON object (a
   * pretty-printed document is not).
   */
  static boolean looksLikeJsonLines(byte[] bytes) {
    String text = new String(bytes, 0, Math.min(bytes.length, 1 << 20), StandardCharsets.UTF_8);
    String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    try {
      JsonNode node = JSON.readTree(first);
      return node != null && node.isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  static Readings read(byte[] bytes, int maxChars) {
    List<ParsedFile> readings = new ArrayList<>();
    List<Readings.Problem> problems = new ArrayList<>();
    int start = 0, lineNo = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNo++;
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      byte[] line = Arrays.copyOfRange(bytes, start, stop);
      start = end + 1;
      if (new String(line, StandardCharsets.UTF_8).isBlank()) {
        continue;
      }
      try {
        readings.add(article(line, ":" + lineNo, maxChars));
      } catch (UnreadableException e) {
        problems.add(new Readings.Problem(":" + lineNo, "line " + lineNo + ": " + e.getMessage()));
      }
    }
    return new Readings(readings, problems);
  }

  private static ParsedFile article(byte[] line, String part, int maxChars)
      throws UnreadableException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new UnreadableException("not valid JSON (" + e.getOriginalMessage() + ")", e);
    } catch (java.io.IOException e) {
      throw new UnreadableException("not valid JSON (" + e.getMessage() + ")", e);
    }
    if (node == null || !node.isObject()) {
      throw new UnreadableException("not a JSON object; expected {\"url\",\"title\",\"text\",...}");
    }
    String text = string(node, "text");
    if (text == null || text.isBlank()) {
      throw new UnreadableException("the article has no \"text\"");
    }
    String url = string(node, "url");
    BoundedText bounded = BoundedText.of(text, maxChars);
    return new ParsedFile(
        line,
        "application/x-ndjson",
        bounded.text(),
        blankToNull(string(node, "title")),
        MetadataDates.parseLenient(string(node, "published")),
        blankToNull(string(node, "source")),
        part,
        blankToNull(url),
        bounded.truncatedReason());
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
