package org.vigie.cli.series;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolResult;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.series.SourceBias;
import org.vigie.core.series.pool.Backtest;
import org.vigie.core.series.pool.KalmanPool;
import org.vigie.core.series.pool.PoolModel;
import org.vigie.core.series.timeline.SeriesReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "pool",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Pools the reports of one series of an estimates timeline into a median with 50 %% and 95 %%"
          + " bands over time, and estimates each source's house effect (Kalman filter and"
          + " smoother on the log of the count; methods §1). Echoes of one figure count once;"
          + " 'about N', 'more than N', 'up to N' and ranges enter as intervals and bounds.",
      "",
      "With --json, one object per line: {\"kind\":\"estimate\",\"date\",\"median\",\"low50\","
          + "\"high50\",\"low95\",\"high95\",\"sd_log\"} per grid date, then {\"kind\":\"source\","
          + "\"source\",\"bias_factor\",\"low95\",\"high95\",\"reports\",\"anchored\"} per source,"
          + " then {\"kind\":\"model\",...}. With --backtest: {\"kind\":\"forecast\",\"date\","
          + "\"source\",\"figure\",\"in50\",\"in95\",\"log_score\"} per report forecast, then"
          + " {\"kind\":\"backtest\",\"series\",\"process\",\"n\",\"coverage50\",\"coverage95\","
          + "\"log_score\"} (shares as fractions) for the model and for the random walk.",
      "",
      "Examples:",
      "  vigie pool examples/timeline/nk-estimates.csv --series nk_troops_in_russia",
      "  vigie pool examples/timeline/nk-estimates.csv --series nk_casualties_total --grid day --json",
      "  vigie pool examples/timeline/nk-estimates.csv --series nk_troops_in_russia --model jumps",
      "  vigie pool examples/timeline/nk-estimates.csv --series nk_troops_in_russia --model jumps"
          + " --backtest",
      ""
    })
public final class PoolCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SeriesInput input;

  @Mixin GridOption grid;

  @Option(
      names = "--backtest",
      description =
          "Instead of the estimate: forecast each report from the earlier ones only, and say how"
              + " often the 50 %% and 95 %% bands held it and the mean log score, for this model and"
              + " for the random walk it is compared with.")
  boolean backtest;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SeriesReports series = input.read();
    List<Observation> reports = series.observations();
    if (backtest) {
      input.checkAnchor(reports);
      return backtest(out, series);
    }
    SeriesInput.Fitted model = input.settings(reports);
    PoolResult result =
        KalmanPool.pool(
            reports, grid.grid().covering(first(reports), last(reports)), model.settings());
    if (json) {
      result.estimates().forEach(p -> JsonLines.println(out, estimate(p)));
      result.sources().forEach(b -> JsonLines.println(out, source(b)));
      JsonLines.println(out, TimelineJson.model(series, result, model));
    } else {
      PoolText.print(out, series, result, model.qSource());
    }
    out.flush();
    return Cli.OK;
  }

  /** The calibration backtest of the chosen model beside the random walk's. */
  private int backtest(PrintWriter out, SeriesReports series) {
    List<Observation> reports = series.observations();
    PoolModel process = input.model.model();
    Backtest.Result chosen = backtest(reports, process);
    Backtest.Result walk = process == PoolModel.WALK ? chosen : backtest(reports, PoolModel.WALK);
    if (json) {
      chosen.forecasts().forEach(f -> JsonLines.println(out, TimelineJson.forecast(f)));
      JsonLines.println(out, TimelineJson.backtest(series.name(), input.model.label(), chosen));
      if (walk != chosen) {
        JsonLines.println(out, TimelineJson.backtest(series.name(), "walk", walk));
      }
    } else {
      PoolText.backtest(out, series.name(), input.model.label(), chosen, walk);
    }
    out.flush();
    return Cli.OK;
  }

  /** The backtest of {@code process} as the options set it up (--q, --anchor). */
  private Backtest.Result backtest(List<Observation> reports, PoolModel process) {
    return Backtest.run(reports, before -> input.fit(before, process).settings());
  }

  private static java.time.LocalDate first(List<Observation> reports) {
    return reports.stream()
        .map(Observation::asOf)
        .min(java.time.LocalDate::compareTo)
        .orElseThrow();
  }

  private static java.time.LocalDate last(List<Observation> reports) {
    return reports.stream()
        .map(Observation::asOf)
        .max(java.time.LocalDate::compareTo)
        .orElseThrow();
  }

  static ObjectNode estimate(PooledPoint p) {
    return JsonLines.object()
        .put("kind", "estimate")
        .put("date", p.date().toString())
        .put("median", TimelineJson.round(p.median()))
        .put("low50", TimelineJson.round(p.low50()))
        .put("high50", TimelineJson.round(p.high50()))
        .put("low95", TimelineJson.round(p.low95()))
        .put("high95", TimelineJson.round(p.high95()))
        .put("sd_log", TimelineJson.round(p.sdLog(), 4));
  }

  static ObjectNode source(SourceBias b) {
    return JsonLines.object()
        .put("kind", "source")
        .put("source", b.source())
        .put("bias_factor", TimelineJson.round(b.biasFactor(), 4))
        .put("low95", TimelineJson.round(b.low95(), 4))
        .put("high95", TimelineJson.round(b.high95(), 4))
        .put("reports", b.reports())
        .put("anchored", b.fixed());
  }
}
