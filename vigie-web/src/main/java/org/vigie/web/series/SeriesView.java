package org.vigie.web.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.series.SourceBias;
import org.vigie.core.series.revision.SourceRevisions;
import org.vigie.core.series.store.ClaimObservation;
import org.vigie.core.series.store.Member;
import org.vigie.core.series.store.SeriesEstimate;
import org.vigie.service.json.Json;
import org.vigie.service.series.SeriesService;
import org.vigie.web.http.PageFrame;

/**
 * The page of one series.
 *
 * @param frame the page frame
 * @param card name, rule, description and latest estimate
 * @param chart the ECharts option (JSON), or null when nothing can be pooled
 * @param model the model in words, or null
 * @param sources house effects
 * @param revisions revision tests, per source and basis
 * @param members the member claims
 * @param estimates the pooled estimate per week
 */
public record SeriesView(
    PageFrame frame,
    SeriesCard card,
    String chart,
    String model,
    List<SourceRow> sources,
    List<RevisionRow> revisions,
    List<MemberRow> members,
    List<EstimateRow> estimates) {

  /** A source's house effect, with its colour on the chart. */
  public record SourceRow(
      String source, String colour, int reports, String factor, String interval) {}

  /** A row of revision tests. */
  public record RevisionRow(
      String source,
      String basis,
      int reports,
      int n,
      String direction,
      String meanRevision,
      String signP,
      String q,
      String flag) {}

  /** A member claim, and the form that excludes or joins it. */
  public record MemberRow(
      String claimId,
      String asOf,
      String source,
      String reads,
      String figure,
      String how,
      String text,
      String documentUrl,
      String documentLabel,
      boolean excluded) {}

  /** A pooled estimate on one date. */
  public record EstimateRow(String date, String median, String band50, String band95) {}

  static SeriesView of(PageFrame frame, SeriesService.Loaded l) {
    SeriesEstimate e = l.estimate();
    String unit = l.definition().unit();
    List<MemberRow> members = l.members().stream().map(SeriesView::member).toList();
    if (e == null) {
      return new SeriesView(
          frame, SeriesCard.of(l), null, null, List.of(), List.of(), members, List.of());
    }
    Map<String, String> colours = SeriesChart.colours(e.pool().sources());
    List<SourceRow> sources = new ArrayList<>();
    for (SourceBias b : e.pool().sources()) {
      String c = colours.get(b.source());
      sources.add(
          new SourceRow(
              b.source(),
              c,
              b.reports(),
              String.format(Locale.ROOT, "×%.2f", b.biasFactor()),
              String.format(Locale.ROOT, "×%.2f – ×%.2f", b.low95(), b.high95())));
    }
    return new SeriesView(
        frame,
        SeriesCard.of(l),
        Json.write(SeriesChart.full(e, unit)),
        String.format(
            Locale.ROOT,
            "%d reports, %d pooled after echoes; ln N random walk, q = %.4g per day (%s); report"
                + " noise sd %.2f (log); house effects relative to the consensus (ridge prior sd"
                + " %.2f)",
            e.reports().size(),
            e.pool().reportsUsed(),
            e.pool().settings().qPerDay(),
            e.qSource(),
            e.pool().settings().defaultNoiseSd(),
            e.pool().settings().biasPriorSd()),
        sources,
        e.revisions().stream().map(SeriesView::revision).toList(),
        members,
        e.pool().estimates().stream().map(SeriesView::estimate).toList());
  }

  private static RevisionRow revision(SourceRevisions r) {
    var s = r.stats();
    return new RevisionRow(
        r.source(),
        r.basis().label(),
        r.reports(),
        s.n(),
        s.direction().name().toLowerCase(Locale.ROOT),
        number("%+.3f", s.mean().mean()),
        number("%.4f", s.sign().p(s.direction())),
        number("%.3f", r.q()),
        r.flag().words() + (r.note().isEmpty() ? "" : " (" + r.note() + ")"));
  }

  private static MemberRow member(Member m) {
    Observation o = m.observation();
    String doc = m.claim().title() == null ? m.claim().documentId() : m.claim().title();
    return new MemberRow(
        m.claim().id(),
        o == null ? "—" : o.asOf().toString(),
        ClaimObservation.source(m.claim(), m.quantity()),
        o == null ? "skipped: " + m.skipped() : o.label(),
        o == null ? m.quantity().text() : SeriesChart.figure(o),
        m.how().code(),
        m.quantity().text(),
        "/documents/" + m.claim().documentId(),
        (m.claim().source() == null ? "" : m.claim().source() + ": ") + doc,
        m.how() == Member.How.EXCLUDED);
  }

  private static EstimateRow estimate(PooledPoint p) {
    return new EstimateRow(
        p.date().toString(),
        SeriesChart.count(p.median()),
        SeriesChart.count(p.low50()) + " – " + SeriesChart.count(p.high50()),
        SeriesChart.count(p.low95()) + " – " + SeriesChart.count(p.high95()));
  }

  private static String number(String format, double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "—";
  }
}
