package org.vigie.cli.series;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.core.series.PoolNote;
import org.vigie.core.series.PoolResult;
import org.vigie.core.series.PoolSettings;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.series.SourceBias;
import org.vigie.core.series.pool.Backtest;
import org.vigie.core.series.timeline.SeriesReports;
import org.vigie.core.series.timeline.SkippedRow;

/** The readable output of {@code vigie pool}: model line, estimates, sources, notes and chart. */
final class PoolText {

  private PoolText() {}

  static void print(PrintWriter out, SeriesReports series, PoolResult result, String qSource) {
    Map<String, Character> marks = marks(result.sources());
    header(out, series, result, qSource);
    estimates(out, result.estimates(), series.unit());
    sources(out, result.sources(), marks);
    notes(out, result.notes(), series.skipped());
    out.println();
    AsciiChart.render(result.estimates(), series.observations(), marks, series.unit(), 64, 18)
        .forEach(out::println);
    out.println("        ░ 95% band  ▒ 50% band  ━ median  letters: reports (lower case: a bound)");
  }

  /** The backtest of {@code pool --backtest}: coverage and log score, the model beside the walk. */
  static void backtest(
      PrintWriter out,
      String series,
      String process,
      Backtest.Result chosen,
      Backtest.Result walk) {
    out.printf(
        Locale.ROOT,
        "Backtest of %s: each report forecast from the reports before it (%d forecasts)%n%n",
        series,
        chosen.n());
    if (chosen.n() == 0) {
      out.println("No forecast: a backtest needs at least three reports on two or more dates.");
      return;
    }
    String row = "%-8s  %12s  %12s  %10s%n";
    out.printf(Locale.ROOT, row, "model", "in 50% band", "in 95% band", "log score");
    line(out, row, process, chosen);
    if (!process.equals("walk")) {
      line(out, row, "walk", walk);
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "A calibrated model holds about 50 %% and 95 %% of the reports in those bands; a higher"
            + " log score is sharper.%n");
  }

  private static void line(PrintWriter out, String row, String name, Backtest.Result r) {
    out.printf(
        Locale.ROOT,
        row,
        name,
        String.format(Locale.ROOT, "%.0f %%", 100 * r.coverage50()),
        String.format(Locale.ROOT, "%.0f %%", 100 * r.coverage95()),
        String.format(Locale.ROOT, "%.2f", r.logScore()));
  }

  private static void header(
      PrintWriter out, SeriesReports series, PoolResult result, String qSource) {
    PoolSettings s = result.settings();
    out.printf(
        Locale.ROOT,
        "Series %s (%s): %d reports, %d pooled after echoes and repeats, from %d sources%n",
        series.name(),
        series.unit(),
        series.observations().size(),
        result.reportsUsed(),
        result.sources().size());
    out.printf(
        Locale.ROOT,
        "Model: ln N %s, q = %.4g per day (%s); report noise sd %.2f (log);"
            + " house effects %s%n%n",
        s.jumps().on()
            ? String.format(
                Locale.ROOT,
                "plateaus with steps (sd %.2f in ln N, one every %.0f days or so)",
                s.jumps().sdLog(),
                1 / s.jumps().perDay())
            : "random walk",
        s.qPerDay(),
        qSource,
        s.defaultNoiseSd(),
        s.knownBiases().isEmpty()
            ? String.format(
                Locale.ROOT, "ridge prior sd %.2f (relative to the consensus)", s.biasPriorSd())
            : "relative to the anchored source " + String.join(", ", s.knownBiases().keySet()));
  }

  private static void estimates(PrintWriter out, List<PooledPoint> estimates, String unit) {
    String row = "%-10s  %9s  %21s  %21s%n";
    out.printf(Locale.ROOT, row, "date", "median", "50% band", "95% band (" + unit + ")");
    for (PooledPoint p : estimates) {
      out.printf(
          Locale.ROOT,
          row,
          p.date(),
          count(p.median()),
          count(p.low50()) + " – " + count(p.high50()),
          count(p.low95()) + " – " + count(p.high95()));
    }
  }

  private static void sources(
      PrintWriter out, List<SourceBias> sources, Map<String, Character> marks) {
    out.println();
    out.println("Sources (house effect = factor on the pooled level; mark on the chart)");
    for (SourceBias b : sources) {
      out.printf(
          Locale.ROOT,
          "  %c  %-44s %2d report%s  ×%.2f  (95%%: ×%.2f – ×%.2f)%s%n",
          marks.get(b.source()),
          shorten(b.source(), 44),
          b.reports(),
          b.reports() == 1 ? " " : "s",
          b.biasFactor(),
          b.low95(),
          b.high95(),
          b.fixed() ? "  anchored" : "");
    }
  }

  private static void notes(PrintWriter out, List<PoolNote> notes, List<SkippedRow> skipped) {
    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes");
      notes.forEach(
          n ->
              out.printf(
                  Locale.ROOT, "  %s  %s: %s%n", n.date(), shorten(n.source(), 40), n.message()));
    }
    if (!skipped.isEmpty()) {
      out.println();
      out.println("Rows skipped");
      skipped.forEach(
          k ->
              out.printf(
                  Locale.ROOT,
                  "  line %d  %s: %s%n",
                  k.line(),
                  shorten(k.source(), 40),
                  k.reason()));
    }
  }

  /** A letter per source in order of first report: A, B, …, Z, then '*'. */
  static Map<String, Character> marks(List<SourceBias> sources) {
    Map<String, Character> marks = new LinkedHashMap<>();
    for (SourceBias b : sources) {
      int i = marks.size();
      marks.put(b.source(), i < 26 ? (char) ('A' + i) : '*');
    }
    return marks;
  }

  static String count(double v) {
    return v >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
