package org.vigie.service.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.Provenance;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.Weight;
import org.vigie.core.error.InvalidInputException;

/**
 * Reads an ACH matrix file: {@code {"question", "hypotheses": [...], "evidence": [{"id", "text",
 * "credibility", "relevance", "ratings": [...]}]}}. Every mistake becomes an {@link
 * InvalidInputException} naming the evidence id and the field. Shared by {@code vigie ach score},
 * the ACH page's upload and the API, and {@link #write} gives the same shape back.
 */
public final class MatrixJson {

  private static final Set<String> TOP = Set.of("question", "hypotheses", "evidence");
  private static final Set<String> ROW =
      Set.of(
          "id",
          "text",
          "credibility",
          "relevance",
          "ratings",
          "source",
          "date",
          "claim",
          "document",
          "certainty");

  private MatrixJson() {}

  /** Reads a matrix file. */
  public static Matrix read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidInputException("FILE", "cannot read " + file + ": " + e.getMessage(), e);
    }
    return read(bytes, file.toString());
  }

  /** Reads a matrix from the bytes of a file (an upload, a request body); {@code file} names it. */
  public static Matrix read(byte[] bytes, String file) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "FILE",
          String.format(
              Locale.ROOT,
              "%s is not valid JSON (line %d, column %d): %s",
              file,
              e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
              e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
              e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidInputException("FILE", "cannot read " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException("FILE", file + " must hold one JSON object");
    }
    requireKnownKeys(root, TOP, "");
    List<Hypothesis> hypotheses = hypotheses(array(root, "hypotheses", "hypotheses"));
    List<Evidence> rows = new ArrayList<>();
    int index = 0;
    for (JsonNode row : array(root, "evidence", "evidence")) {
      rows.add(evidence(row, index++, hypotheses));
    }
    return new Matrix(text(root, "question", "question", ""), hypotheses, rows);
  }

  /** Hypotheses as strings (ids H1, H2, ... by position) or {"id", "label"} objects. */
  private static List<Hypothesis> hypotheses(JsonNode array) {
    List<Hypothesis> out = new ArrayList<>();
    for (int j = 0; j < array.size(); j++) {
      JsonNode h = array.get(j);
      String field = "hypotheses[" + j + "]";
      if (h.isTextual()) {
        out.add(new Hypothesis("H" + (j + 1), h.asText()));
      } else if (h.isObject()) {
        String label = text(h, "label", field + ".label", null);
        out.add(new Hypothesis(text(h, "id", field + ".id", "H" + (j + 1)), label));
      } else {
        throw new InvalidInputException(field, field + " must be a string or {\"id\", \"label\"}");
      }
    }
    return out;
  }

  private static Evidence evidence(JsonNode row, int index, List<Hypothesis> hypotheses) {
    if (!row.isObject()) {
      throw new InvalidInputException("evidence[" + index + "]", "each evidence must be an object");
    }
    String id = text(row, "id", "evidence[" + index + "].id", null);
    String at = "evidence[" + id + "]";
    requireKnownKeys(row, ROW, at + ".");
    List<Rating> ratings = new ArrayList<>();
    JsonNode cells = array(row, "ratings", at + ".ratings");
    for (int j = 0; j < cells.size(); j++) {
      ratings.add(rating(cells.get(j).asText(), at + ".ratings[" + j + "]", id, hypotheses, j));
    }
    return new Evidence(
        id,
        text(row, "text", at + ".text", null),
        weight(row, "credibility", at, id),
        weight(row, "relevance", at, id),
        ratings,
        provenance(row, at));
  }

  private static Rating rating(
      String code, String field, String id, List<Hypothesis> hypotheses, int j) {
    String hypothesis = j < hypotheses.size() ? hypotheses.get(j).id() : "#" + (j + 1);
    return Rating.parse(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field,
                    "evidence "
                        + id
                        + ", hypothesis "
                        + hypothesis
                        + ": unknown rating \""
                        + code
                        + "\" in "
                        + field
                        + "; use CC, C, N, I, II or NA"));
  }

  private static Weight weight(JsonNode row, String name, String at, String id) {
    String code = text(row, name, at + "." + name, "M");
    return Weight.parse(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    at + "." + name,
                    "evidence " + id + ": " + name + " \"" + code + "\" is not L, M or H"));
  }

  private static Provenance provenance(JsonNode row, String at) {
    LocalDate date = null;
    String day = text(row, "date", at + ".date", "");
    if (!day.isEmpty()) {
      try {
        date = LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            at + ".date", at + ".date \"" + day + "\" is not YYYY-MM-DD");
      }
    }
    Double certainty = null;
    if (row.has("certainty")) {
      double c = row.get("certainty").asDouble(Double.NaN);
      if (!row.get("certainty").isNumber() || !(c >= 0 && c <= 1)) {
        throw new InvalidInputException(at + ".certainty", at + ".certainty must be in [0, 1]");
      }
      certainty = c;
    }
    return new Provenance(
        blankToNull(text(row, "claim", at + ".claim", "")),
        blankToNull(text(row, "document", at + ".document", "")),
        blankToNull(text(row, "source", at + ".source", "")),
        date,
        certainty);
  }

  private static JsonNode array(JsonNode node, String name, String field) {
    JsonNode a = node.get(name);
    if (a == null || !a.isArray()) {
      throw new InvalidInputException(field, field + " is missing or not an array");
    }
    return a;
  }

  /** A string field, or {@code otherwise} when absent; absent with no default is an error. */
  private static String text(JsonNode node, String name, String field, String otherwise) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      if (otherwise == null) {
        throw new InvalidInputException(field, field + " is missing");
      }
      return otherwise;
    }
    if (!v.isValueNode()) {
      throw new InvalidInputException(field, field + " must be a string");
    }
    return v.asText();
  }

  private static void requireKnownKeys(JsonNode node, Set<String> known, String prefix) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        throw new InvalidInputException(
            prefix + key,
            "unknown field "
                + prefix
                + key
                + "; known fields: "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  /** The matrix in the shape {@link #read} takes, e.g. to download an analyst's ratings. */
  public static com.fasterxml.jackson.databind.node.ObjectNode write(Matrix m) {
    com.fasterxml.jackson.databind.node.ObjectNode root = Json.object();
    root.put("question", m.question());
    var hs = root.putArray("hypotheses");
    m.hypotheses().forEach(h -> hs.addObject().put("id", h.id()).put("label", h.label()));
    var rows = root.putArray("evidence");
    for (Evidence e : m.evidence()) {
      var row = rows.addObject().put("id", e.id()).put("text", e.text());
      row.put("credibility", e.credibility().name()).put("relevance", e.relevance().name());
      var ratings = row.putArray("ratings");
      e.ratings().forEach(r -> ratings.add(r.name()));
      Provenance p = e.provenance();
      putIfPresent(row, "source", p.source());
      putIfPresent(row, "date", p.date() == null ? null : p.date().toString());
      putIfPresent(row, "claim", p.claimId());
      putIfPresent(row, "document", p.documentId());
      if (p.certainty() != null) {
        row.put("certainty", p.certainty());
      }
    }
    return root;
  }

  private static void putIfPresent(
      com.fasterxml.jackson.databind.node.ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
