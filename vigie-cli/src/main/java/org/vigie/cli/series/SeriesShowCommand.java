package org.vigie.cli.series;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.Grid;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.core.store.Store;
import org.vigie.service.series.SeriesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Shows a series: its rule, its member claims (by the rule, joined or excluded by hand, and"
          + " how each is read), then the pooled estimate per week, the sources' house effects and"
          + " a chart, as 'vigie pool' prints them.",
      "",
      "With --json, one {\"kind\":\"member\",...} object per member, then the lines of"
          + " 'vigie series pool --json'.",
      "",
      "Example:",
      "  vigie series show nk-troops-in-russia",
      ""
    })
final class SeriesShowCommand implements Callable<Integer> {

  @ParentCommand SeriesCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The series.")
  String name;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SeriesService.Loaded loaded;
    try (Store store = parent.vigie.openStore()) {
      loaded = SeriesCommand.pooled(store, name, Grid.WEEK);
    }
    SeriesDefinition d = loaded.series().definition();
    if (json) {
      loaded.members().forEach(m -> JsonLines.println(out, SeriesText.json(m)));
      if (loaded.estimate() != null) {
        SeriesPoolCommand.printJson(out, loaded, loaded.estimate());
      }
    } else {
      out.println("Series " + d.name() + ": " + SeriesListCommand.rule(d));
      if (!d.description().isEmpty()) {
        out.println(d.description());
      }
      out.println();
      SeriesText.members(out, loaded.members(), d.unit());
      if (loaded.estimate() == null) {
        out.println("No member can be pooled yet.");
      } else {
        PoolText.print(
            out,
            SeriesText.reports(loaded, loaded.estimate()),
            loaded.estimate().pool(),
            loaded.estimate().qSource());
      }
    }
    out.flush();
    return Cli.OK;
  }
}
