package org.vigie.cli.series;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.revision.Basis;
import org.vigie.core.series.revision.RevisionStats;
import org.vigie.core.series.revision.SourceRevisions;

/** Output of {@code vigie revisions}: a table per basis, or one JSON object per row. */
final class RevisionsText {

  private RevisionsText() {}

  static void print(PrintWriter out, String series, String unit, List<SourceRevisions> rows) {
    out.printf(
        Locale.ROOT,
        "Revision tests for %s (%s). Revisions are log changes; p-values one-sided in the"
            + " direction shown;%nq = Benjamini–Hochberg over the sources of a basis (flag at q ≤ 0.10);"
            + " '—' = not computable.%n",
        series,
        unit);
    block(
        out,
        rows,
        Basis.FIXED_TARGET,
        "Fixed-target: successive figures of each source (a count that grows is expected to be"
            + " revised upward)");
    block(
        out,
        rows,
        Basis.CONSENSUS_DEVIATION,
        "Consensus-deviation: change of ln(figure ÷ consensus of the other sources); 'dev' ="
            + " mean factor vs the others");
  }

  private static void block(
      PrintWriter out, List<SourceRevisions> rows, Basis basis, String title) {
    out.println();
    out.println(title);
    out.printf(
        Locale.ROOT,
        "  %-30s %3s %3s %8s %-4s %7s %7s %15s %6s %6s %6s %7s  %s%n",
        "source",
        "rep",
        "n",
        "mean",
        "dir",
        "sign p",
        "Wilc p",
        "Nordhaus β (t)",
        "runs z",
        "P(up)",
        "q",
        "dev",
        "flag");
    for (SourceRevisions r : rows) {
      if (r.basis() != basis) {
        continue;
      }
      RevisionStats s = r.stats();
      out.printf(
          Locale.ROOT,
          "  %-30s %3d %3d %8s %-4s %7s %7s %15s %6s %6s %6s %7s  %s%n",
          PoolText.shorten(r.source(), 30),
          r.reports(),
          s.n(),
          number("%+.3f", s.mean().mean()),
          s.direction().name().toLowerCase(Locale.ROOT),
          number("%.4f", s.sign().p(s.direction())),
          number("%.4f", s.wilcoxon().p(s.direction())),
          Double.isNaN(s.nordhaus().beta())
              ? "—"
              : String.format(Locale.ROOT, "%+.2f (%+.1f)", s.nordhaus().beta(), s.nordhaus().t()),
          number("%+.2f", s.runs().z()),
          number("%.3f", s.sign().probabilityUp()),
          number("%.3f", r.q()),
          Double.isNaN(r.meanDeviation())
              ? "—"
              : String.format(Locale.ROOT, "×%.2f", Math.exp(r.meanDeviation())),
          r.flag().words() + (r.note().isEmpty() ? "" : " (" + r.note() + ")"));
    }
  }

  private static String number(String format, double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "—";
  }

  static ObjectNode json(SourceRevisions r) {
    RevisionStats s = r.stats();
    ObjectNode o =
        JsonLines.object()
            .put("kind", "revisions")
            .put("source", r.source())
            .put("basis", r.basis().label())
            .put("reports", r.reports())
            .put("n", s.n())
            .put("non_zero", s.sign().nonZero())
            .put("direction", s.direction().name().toLowerCase(Locale.ROOT));
    TimelineJson.put(o, "mean_log_revision", s.mean().mean(), 4);
    TimelineJson.put(o, "sign_p", s.sign().p(s.direction()), 5);
    TimelineJson.put(o, "wilcoxon_p", s.wilcoxon().p(s.direction()), 5);
    TimelineJson.put(o, "t", s.mean().t(), 3);
    TimelineJson.put(o, "t_p", s.mean().p(s.direction()), 5);
    TimelineJson.put(o, "nordhaus_beta", s.nordhaus().beta(), 3);
    TimelineJson.put(o, "nordhaus_t", s.nordhaus().t(), 2);
    TimelineJson.put(o, "nordhaus_p", s.nordhaus().p(), 4);
    o.put("nordhaus_reading", s.nordhausReading());
    TimelineJson.put(o, "acf1", s.acf().rho1(), 3);
    TimelineJson.put(o, "ljung_box_q", s.acf().ljungBoxQ(), 3);
    TimelineJson.put(o, "ljung_box_p", s.acf().p(), 4);
    o.put("acf_reading", s.acfVerdict().words());
    TimelineJson.put(o, "runs_z", s.runs().z(), 2);
    TimelineJson.put(o, "runs_p", s.runs().p(), 4);
    o.put("runs_reading", s.runsVerdict().words());
    TimelineJson.put(o, "p_up", s.sign().probabilityUp(), 4);
    TimelineJson.put(o, "q", r.q(), 5);
    TimelineJson.put(o, "mean_log_deviation", r.meanDeviation(), 4);
    TimelineJson.put(o, "deviation_slope", r.deviationSlope(), 4);
    o.put("flag", r.flag().words());
    o.put("note", r.note());
    return o;
  }
}
