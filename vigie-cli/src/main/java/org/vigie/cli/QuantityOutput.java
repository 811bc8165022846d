package org.vigie.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.vigie.core.claim.Quantity;

/**
 * Prints quantities: one JSON object per line in the field order of the contract (offsets in
 * Unicode code points, so that a Python reader's {@code text[start:end]} is the quantity's text),
 * or a table for people.
 */
final class QuantityOutput implements AutoCloseable {

  private static final String ROW = "%-24s %-4s %13s  %-6s %14s %-25s %-18s %-5s %-5s %s%n";

  private final PrintWriter out;
  private final JsonGenerator json;
  private int count;

  QuantityOutput(PrintWriter out, boolean json) {
    this.out = out;
    try {
      this.json = json ? Json.MAPPER.getFactory().createGenerator(out) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (this.json != null) {
      this.json.setRootValueSeparator(new SerializedString("\n"));
    } else {
      out.print(
          String.format(
              Locale.ROOT,
              ROW,
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
      if (json != null) {
        write(doc, lang, start, end, q);
      } else {
        out.print(row(doc, lang, start, end, q));
      }
      count++;
    }
  }

  /** Ends the output: the last line break of the JSON lines, or the count under the table. */
  void finish() {
    if (json == null) {
      out.print(count + " quantities\n");
      return;
    }
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (count > 0) {
      out.print('\n');
    }
  }

  @Override
  public void close() {
    out.flush();
  }

  private void write(String doc, String lang, int start, int end, Quantity q) {
    try {
      json.writeStartObject();
      json.writeStringField("doc", doc);
      json.writeStringField("kind", "quantity");
      json.writeNumberField("start", start);
      json.writeNumberField("end", end);
      json.writeStringField("text", q.text());
      json.writeStringField("lang", lang);
      number("value", q.value());
      number("low", q.low());
      number("high", q.high());
      json.writeStringField("modifier", q.modifier().code());
      json.writeStringField("unit", q.unit());
      json.writeStringField("subject", q.subject());
      json.writeStringField("actor", q.actor());
      json.writeStringField("per", q.per());
      json.writeNullField("speaker");
      json.writeNullField("certainty");
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whole numbers print without a decimal point ("11000", not "11000.0"). */
  private void number(String field, Double x) throws IOException {
    if (x == null) {
      json.writeNullField(field);
    } else if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      json.writeNumberField(field, x.longValue());
    } else {
      json.writeNumberField(field, x.doubleValue());
    }
  }

  private static String row(String doc, String lang, int start, int end, Quantity q) {
    String interval =
        q.low() == null && q.high() == null ? "" : format(q.low()) + " – " + format(q.high());
    return String.format(
        Locale.ROOT,
        ROW,
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
