package org.vigie.cli.series;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.store.SeriesEstimate;
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
    name = "pool",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Pools the member claims of a series, as they are in the store now, into a median with"
          + " 50 %% and 95 %% bands and each source's house effect (q fitted by maximum"
          + " likelihood; see 'vigie pool --help' for the model).",
      "",
      "With --json, the lines of 'vigie pool --json': {\"kind\":\"estimate\",...} per grid date,"
          + " {\"kind\":\"source\",...} per source, then {\"kind\":\"model\",...}.",
      "",
      "Examples:",
      "  vigie series pool nk-troops-in-russia",
      "  vigie series pool nk-troops-in-russia --grid day --json",
      ""
    })
final class SeriesPoolCommand implements Callable<Integer> {

  @ParentCommand SeriesCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The series.")
  String name;

  @Mixin GridOption grid;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SeriesService.Loaded loaded;
    try (Store store = parent.vigie.openStore()) {
      loaded = SeriesCommand.pooled(store, name, grid.grid());
    }
    SeriesEstimate estimate = SeriesCommand.requireEstimate(loaded);
    if (json) {
      printJson(out, loaded, estimate);
    } else {
      PoolText.print(
          out, SeriesText.reports(loaded, estimate), estimate.pool(), estimate.qSource());
    }
    out.flush();
    return Cli.OK;
  }

  static void printJson(PrintWriter out, SeriesService.Loaded loaded, SeriesEstimate estimate) {
    estimate.pool().estimates().forEach(p -> JsonLines.println(out, PoolCommand.estimate(p)));
    estimate.pool().sources().forEach(b -> JsonLines.println(out, PoolCommand.source(b)));
    JsonLines.println(
        out,
        TimelineJson.model(
            SeriesText.reports(loaded, estimate), estimate.pool(), estimate.qSource()));
  }
}
