package org.vigie.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.ClaimKind;
import org.vigie.core.claim.DateClaim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;

/**
 * Prints claims: one JSON object per line in the field order of the contract (offsets in Unicode
 * code points, so that a Python reader's {@code text[start:end]} is the claim's text), or a table
 * for people.
 */
final class ClaimOutput implements AutoCloseable {

  private static final String ROW = "%-20s %-4s %-8s %13s  %-6s %-25s %-16s %-5s %-18s %-4s %s%n";

  private final PrintWriter out;
  private final JsonGenerator json;
  private final Set<ClaimKind> kinds;
  private int count;

  ClaimOutput(PrintWriter out, boolean json, Set<ClaimKind> kinds) {
    this.out = out;
    this.kinds = kinds;
    this.json = json ? Json.lines(out) : null;
    if (!json) {
      out.print(header());
    }
  }

  /** The header line of the table. */
  static String header() {
    return String.format(
        Locale.ROOT,
        ROW,
        "DOC",
        "LANG",
        "KIND",
        "START-END",
        "MOD",
        "VALUE OR INTERVAL",
        "UNIT OR TYPE",
        "ACTOR",
        "SPEAKER",
        "CERT",
        "TEXT");
  }

  /**
   * Prints the claims of one text.
   *
   * @param claims UTF-16 offsets into {@code text}, by start
   */
  void print(String doc, String lang, String text, List<Claim> claims) {
    CodePoints points = CodePoints.of(text);
    for (Claim c : claims) {
      if (!kinds.contains(c.kind())) {
        continue;
      }
      int start = points.at(c.start());
      int end = points.at(c.end());
      if (json != null) {
        write(doc, lang, start, end, c);
      } else {
        out.print(row(doc, lang, start, end, c));
      }
      count++;
    }
  }

  /** Ends the output: the last line break of the JSON lines, or the count under the table. */
  void finish() {
    if (json == null) {
      out.print(count + " claims\n");
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

  private void write(String doc, String lang, int start, int end, Claim c) {
    try {
      json.writeStartObject();
      json.writeStringField("doc", doc);
      json.writeStringField("kind", c.kind().code());
      json.writeNumberField("start", start);
      json.writeNumberField("end", end);
      json.writeStringField("text", c.text());
      json.writeStringField("lang", lang);
      writeFields(json, c);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields of a claim after the common ones, in contract order: also used by claims lists. */
  static void writeFields(JsonGenerator json, Claim c) throws IOException {
    if (c instanceof QuantityClaim qc) {
      Quantity q = qc.quantity();
      number(json, "value", q.value());
      number(json, "low", q.low());
      number(json, "high", q.high());
      json.writeStringField("modifier", q.modifier().code());
      json.writeStringField("unit", q.unit());
      json.writeStringField("subject", q.subject());
      json.writeStringField("actor", q.actor());
      json.writeStringField("per", q.per());
      json.writeStringField("speaker", qc.speaker());
      number(json, "certainty", qc.certainty());
      json.writeStringField("relayed_by", qc.relayedBy());
      json.writeArrayFieldStart("hedges");
      for (String h : qc.hedges()) {
        json.writeString(h);
      }
      json.writeEndArray();
      json.writeStringField("as_of", qc.asOf());
    } else if (c instanceof EntityClaim e) {
      json.writeStringField("id", e.id());
      json.writeStringField("type", e.type());
      json.writeBooleanField("candidate", e.candidate());
    } else if (c instanceof DateClaim d) {
      json.writeStringField("value", d.value());
      json.writeStringField("precision", d.precision());
      json.writeBooleanField("relative", d.relative());
    }
  }

  /** Whole numbers print without a decimal point ("11000", not "11000.0"). */
  private static void number(JsonGenerator json, String field, Double x) throws IOException {
    if (x == null) {
      json.writeNullField(field);
    } else if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      json.writeNumberField(field, x.longValue());
    } else {
      json.writeNumberField(field, x.doubleValue());
    }
  }

  static String row(String doc, String lang, int start, int end, Claim c) {
    String modifier = "";
    String what = "";
    String unit = "";
    String actor = "";
    String speaker = "";
    String certainty = "";
    if (c instanceof QuantityClaim qc) {
      Quantity q = qc.quantity();
      modifier = q.modifier().code();
      what =
          q.value() != null
              ? format(q.value())
              : q.low() == null && q.high() == null
                  ? ""
                  : format(q.low()) + " – " + format(q.high());
      unit = (q.unit() == null ? "" : q.unit()) + (q.per() == null ? "" : "/" + q.per());
      actor = q.actor() == null ? "" : q.actor();
      speaker = qc.speaker() == null ? "" : qc.speaker();
      certainty =
          qc.certainty() == null
              ? ""
              : String.format(Locale.ROOT, "%.0f%%", 100 * qc.certainty().doubleValue());
    } else if (c instanceof EntityClaim e) {
      what = e.id() == null ? "(candidate)" : e.id();
      unit = e.type();
    } else if (c instanceof DateClaim d) {
      what = d.value();
      unit = d.precision();
    }
    return String.format(
        Locale.ROOT,
        ROW,
        shorten(doc, 20),
        lang,
        c.kind().code(),
        start + "-" + end,
        modifier,
        shorten(what, 25),
        shorten(unit, 16),
        actor,
        shorten(speaker, 18),
        certainty,
        shorten(c.text().replaceAll("\\s+", " "), 70));
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
