package org.vigie.cli.claims;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.vigie.cli.ClaimOutput;
import org.vigie.cli.CodePoints;
import org.vigie.cli.JsonLines;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.StoredClaim;

/** Prints stored claims: JSON lines with their id and document, or the table of 'extract'. */
final class StoredClaimOutput implements AutoCloseable {

  private static final String ID = "%-16s ";

  private final PrintWriter out;
  private final JsonGenerator json;
  private final Map<String, CodePoints> codePoints = new HashMap<>();
  private int shown;

  StoredClaimOutput(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json ? JsonLines.lines(out) : null;
    if (!json) {
      out.print(String.format(Locale.ROOT, ID, "ID") + ClaimOutput.header());
    }
  }

  /**
   * Prints a claim; {@code text} is its document's text, to count offsets in code points (the same
   * text for every claim of one document).
   */
  void print(StoredClaim c, String text) {
    Claim claim = c.claim();
    // One code-point map per document, however many of its claims are printed.
    CodePoints points = codePoints.computeIfAbsent(c.documentId(), id -> CodePoints.of(text));
    int start = points.at(Math.min(claim.start(), text.length()));
    int end = points.at(Math.min(claim.end(), text.length()));
    if (json == null) {
      out.print(
          String.format(Locale.ROOT, ID, c.id())
              + ClaimOutput.row(c.documentId(), c.lang(), start, end, claim));
    } else {
      try {
        json.writeStartObject();
        json.writeStringField("id", c.id());
        json.writeStringField("doc", c.documentId());
        json.writeStringField("kind", claim.kind().code());
        json.writeNumberField("start", start);
        json.writeNumberField("end", end);
        json.writeStringField("text", claim.text());
        json.writeStringField("lang", c.lang());
        ClaimOutput.writeFields(json, claim);
        json.writeStringField("source", c.source());
        json.writeStringField("published", c.published());
        json.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    shown++;
  }

  /** Ends a list: the JSON summary line, or the count under the table. */
  void finish(long total, boolean exact) {
    if (json == null) {
      out.printf(Locale.ROOT, "%d of %d%s claims%n", shown, total, exact ? "" : "+");
      return;
    }
    try {
      json.writeStartObject();
      json.writeNumberField("total", total);
      json.writeBooleanField("total_exact", exact);
      json.writeNumberField("shown", shown);
      json.writeEndObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print('\n');
  }

  /** A claim in words, with the sentence around it, for 'claims show'. */
  static String describe(StoredClaim c, String text) {
    Claim claim = c.claim();
    int from = Math.max(0, text.lastIndexOf('\n', Math.max(0, claim.start() - 1)) + 1);
    int to = text.indexOf('\n', Math.min(text.length(), claim.end()));
    String context = text.substring(from, to < 0 ? text.length() : to).strip();
    return "claim "
        + c.id()
        + " in document "
        + c.documentId()
        + " ("
        + c.lang()
        + (c.published() == null ? "" : ", published " + c.published())
        + (c.source() == null ? "" : ", " + c.source())
        + ")\n"
        + ClaimOutput.row(c.documentId(), c.lang(), claim.start(), claim.end(), claim)
        + "in: "
        + context;
  }

  @Override
  public void close() {
    try {
      if (json != null) {
        json.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
