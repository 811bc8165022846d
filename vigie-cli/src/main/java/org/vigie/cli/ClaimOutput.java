package org.vigie.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
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
 * Renders claims: one JSON object per line in the field order of the contract (offsets in Unicode
 * code points, so that a Python reader's {@code text[start:end]} is the claim's text), or a table
 * for people. Rendering is thread-safe, so that the pieces of a long text are rendered on the
 * threads that read them and the thread that prints only writes.
 */
public final class ClaimOutput {

  /** The rendering of some claims: the lines, and how many claims they hold. */
  public record Rendered(String lines, int count) {}

  private static final String ROW = "%-20s %-4s %-8s %13s  %-6s %-25s %-16s %-5s %-18s %-4s %s%n";

  private final boolean json;
  private final Set<ClaimKind> kinds;

  public ClaimOutput(boolean json, Set<ClaimKind> kinds) {
    this.json = json;
    this.kinds = kinds;
  }

  /** What comes before the first claim: the table's header, or nothing. */
  public String start() {
    return json ? "" : header();
  }

  /** What comes after the last claim: the count under the table, or nothing. */
  public String end(long count) {
    return json ? "" : count + " claims\n";
  }

  /** The header line of the table. */
  public static String header() {
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
   * Renders the claims of a text, or of a piece of one.
   *
   * @param text the text (or piece) the claims' UTF-16 offsets index
   * @param base how many code points come before {@code text} in the whole text read
   */
  public Rendered render(String doc, String lang, String text, int base, List<Claim> claims) {
    CodePoints points = CodePoints.of(text);
    StringWriter lines = new StringWriter(claims.size() * 256);
    int count = 0;
    try (JsonGenerator g = json ? JsonLines.MAPPER.getFactory().createGenerator(lines) : null) {
      if (g != null) {
        g.setRootValueSeparator(null); // lines are ended by hand
      }
      for (Claim c : claims) {
        if (!kinds.contains(c.kind())) {
          continue;
        }
        int start = base + points.at(c.start());
        int end = base + points.at(c.end());
        if (g != null) {
          write(g, doc, lang, start, end, c);
          g.flush();
          lines.write('\n');
        } else {
          lines.write(row(doc, lang, start, end, c));
        }
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rendered(lines.toString(), count);
  }

  private static void write(
      JsonGenerator json, String doc, String lang, int start, int end, Claim c) throws IOException {
    json.writeStartObject();
    json.writeStringField("doc", doc);
    json.writeStringField("kind", c.kind().code());
    json.writeNumberField("start", start);
    json.writeNumberField("end", end);
    json.writeStringField("text", c.text());
    json.writeStringField("lang", lang);
    writeFields(json, c);
    json.writeEndObject();
  }

  /** The fields of a claim after the common ones, in contract order: also used by claims lists. */
  public static void writeFields(JsonGenerator json, Claim c) throws IOException {
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
      json.writeBooleanField("hedged", qc.hedged());
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

  public static String row(String doc, String lang, int start, int end, Claim c) {
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
