package org.vigie.cli.series;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.Observation;
import org.vigie.core.series.store.ClaimObservation;
import org.vigie.core.series.store.Member;
import org.vigie.core.series.store.SeriesEstimate;
import org.vigie.core.series.timeline.SeriesReports;
import org.vigie.service.series.SeriesService;

/** The members table of {@code vigie series show}, and the series as pool and revisions see it. */
final class SeriesText {

  private SeriesText() {}

  /** The pooled members as the reports {@link PoolText} prints. */
  static SeriesReports reports(SeriesService.Loaded loaded, SeriesEstimate estimate) {
    return new SeriesReports(
        loaded.series().name(), loaded.series().definition().unit(), estimate.reports(), List.of());
  }

  static void members(PrintWriter out, List<Member> members, String unit) {
    String row = "%-10s  %-24s  %-8s  %-21s  %-8s  %-16s  %s%n";
    out.printf(
        Locale.ROOT,
        row,
        "as of",
        "source",
        "reads",
        "figure (" + unit + ")",
        "member",
        "claim",
        "document");
    for (Member m : members) {
      Observation o = m.observation();
      out.printf(
          Locale.ROOT,
          row,
          o == null ? "-" : o.asOf(),
          PoolText.shorten(ClaimObservation.source(m.claim(), m.quantity()), 24),
          o == null ? "skipped" : o.label(),
          o == null ? PoolText.shorten(m.skipped(), 21) : figure(o),
          m.how().code(),
          m.claim().id(),
          PoolText.shorten(document(m), 40));
    }
    long pooled = members.stream().filter(Member::pooled).count();
    out.printf(Locale.ROOT, "%d members, %d pooled%n%n", members.size(), pooled);
  }

  /** "12,000", "9,000 – 11,000", "> 10,000", "< 6,000". */
  static String figure(Observation o) {
    return switch (o.kind()) {
      case POINT -> PoolText.count(o.low());
      case INTERVAL, VAGUE_INTERVAL -> PoolText.count(o.low()) + " – " + PoolText.count(o.high());
      case LOWER_BOUND -> "≥ " + PoolText.count(o.low());
      case UPPER_BOUND -> "≤ " + PoolText.count(o.high());
    };
  }

  private static String document(Member m) {
    String title = m.claim().title();
    String source = m.claim().source();
    return (source == null ? "" : source + ": ") + (title == null ? m.claim().documentId() : title);
  }

  static ObjectNode json(Member m) {
    Observation o = m.observation();
    ObjectNode node =
        JsonLines.object()
            .put("kind", "member")
            .put("claim", m.claim().id())
            .put("document", m.claim().documentId())
            .put("member", m.how().code())
            .put("source", ClaimObservation.source(m.claim(), m.quantity()))
            .put("text", m.quantity().text());
    if (o == null) {
      return node.put("skipped", m.skipped());
    }
    node.put("as_of", o.asOf().toString()).put("reads", o.kind().name().toLowerCase(Locale.ROOT));
    TimelineJson.put(node, "low", o.low(), 2);
    TimelineJson.put(node, "high", o.high(), 2);
    return node.put("label", o.label());
  }
}
