package org.vigie.cli.series;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.pool.Backtest;
import org.vigie.core.series.pool.PoolModel;
import org.vigie.core.store.Store;
import org.vigie.service.series.SeriesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "The calibration backtest of a stored series: each member claim, in date order, forecast"
          + " from the members dated before it only, with the model fitted again each time; how"
          + " often the 50 %% and 95 %% bands held the claim and the mean log score, for the model"
          + " and for the random walk. A calibrated model holds about 50 %% and 95 %%.",
      "",
      "With --json, the lines of 'vigie pool --backtest --json': one {\"kind\":\"forecast\"} per"
          + " claim, then one {\"kind\":\"backtest\"} per model.",
      "",
      "Example:",
      "  vigie series backtest nk-troops-in-russia --model jumps",
      ""
    })
final class SeriesBacktestCommand implements Callable<Integer> {

  @ParentCommand SeriesCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The series.")
  String name;

  @Mixin ModelOption model;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Backtest.Result chosen;
    Backtest.Result walk;
    try (Store store = parent.vigie.openStore()) {
      SeriesService series = new SeriesService(store);
      chosen = SeriesCommand.hinted(name, () -> series.backtest(name, model.model()));
      walk = model.model() == PoolModel.WALK ? chosen : series.backtest(name, PoolModel.WALK);
    }
    if (json) {
      chosen.forecasts().forEach(f -> JsonLines.println(out, TimelineJson.forecast(f)));
      JsonLines.println(out, TimelineJson.backtest(name, model.label(), chosen));
      if (walk != chosen) {
        JsonLines.println(out, TimelineJson.backtest(name, "walk", walk));
      }
    } else {
      PoolText.backtest(out, name, model.label(), chosen, walk);
    }
    out.flush();
    return Cli.OK;
  }
}
