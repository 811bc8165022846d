package org.vigie.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.vigie.core.claim.Quantity;

/**
 * Prints quantities: one JSON object per line in the field order of the contract (offsets in
 * Unicode code points, so that a Python reader's {@code text[start:end]} is the quantity's text),
 * or a table for people.
 */
final class QuantityOutput {

  private final PrintWriter out;
  private final boolean json;
  private int count;

  QuantityOutput(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json;
  }

  void header() {
    if (!json) {
      out.print(
          String.format(
              Locale.ROOT,
              "%-24s %-4s %13s  %-6s %14s %-25s %-18s %-5s %-5s %s%n",
              "DOC",
              "LANG",
              "START-END",
              "MOD",
              "VALUE",
              "INTERVAL",
              "UNIT",
              "ACTOR",
              "PER",
              "TEXT"));
    }
  }

  void print(String doc, String lang, String text, List<Quantity> quantities) {
    CodePoints points = CodePoints.of(text);
    for (Quantity q : quantities) {
      int start = points.at(q.start());
      int end = points.at(q.end());
      if (json) {
        out.print(jsonLine(doc, lang, start, end, q));
        out.print('\n');
      } else {
        out.print(row(doc, lang, start, end, q));
      }
      count++;
    }
  }

  int count() {
    return count;
  }

  private static String jsonLine(String doc, String lang, int start, int end, Quantity q) {
    ObjectNode o = Json.object();
    o.put("doc", doc);
    o.put("kind", "quantity");
    o.put("start", start);
    o.put("end", end);
    o.put("text", q.text());
    o.put("lang", lang);
    number(o, "value", q.value());
    number(o, "low", q.low());
    number(o, "high", q.high());
    o.put("modifier", q.modifier().code());
    o.put("unit", q.unit());
    o.put("subject", q.subject());
    o.put("actor", q.actor());
    o.put("per", q.per());
    o.putNull("speaker");
    o.putNull("certainty");
    try {
      return Json.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a quantity as JSON", e);
    }
  }

  /** Whole numbers print without a decimal point ("11000", not "11000.0"). */
  private static void number(ObjectNode o, String field, Double x) {
    if (x == null) {
      o.putNull(field);
    } else if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      o.put(field, x.longValue());
    } else {
      o.put(field, x);
    }
  }

  private static String row(String doc, String lang, int start, int end, Quantity q) {
    String interval =
        q.low() == null && q.high() == null ? "" : format(q.low()) + " – " + format(q.high());
    return String.format(
        Locale.ROOT,
        "%-24s %-4s %13s  %-6s %14s %-25s %-18s %-5s %-5s %s%n",
        shorten(doc, 24),
        lang,
        start + "-" + end,
        q.modifier().code(),
        q.value() == null ? "" : format(q.value()),
        interval,
        q.unit() == null ? "" : shorten(q.unit(), 18),
        q.actor() == null ? "" : q.actor(),
        q.per() == null ? "" : q.per(),
        shorten(q.text().replaceAll("\\s+", " "), 80));
  }

  private static String format(Double x) {
    if (x == null) {
      return "…";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return String.format(Locale.ROOT, "%,d", x.longValue());
    }
    return String.format(Locale.ROOT, "%,.6g", x).replaceAll("\\.?0+$", "");
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
  }
}
