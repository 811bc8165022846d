package org.vigie.cli.series;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.Grid;
import org.vigie.core.series.store.SeriesEstimate;
import org.vigie.core.store.Store;
import org.vigie.service.series.SeriesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "revisions",
    mixinStandardHelpOptions = true,
    description = {
      "Tests whether each source of a series revises its figures in a biased way, on the member"
          + " claims as they are in the store now (see 'vigie revisions --help' for the tests).",
      "",
      "With --json, the lines of 'vigie revisions --json', one per source and basis.",
      "",
      "Example:",
      "  vigie series revisions nk-troops-in-russia",
      ""
    })
final class SeriesRevisionsCommand implements Callable<Integer> {

  @ParentCommand SeriesCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The series.")
  String name;

  @Option(names = "--json", description = "One JSON object per source and basis.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SeriesService.Loaded loaded;
    try (Store store = parent.vigie.openStore()) {
      loaded = SeriesCommand.pooled(store, name, Grid.WEEK);
    }
    SeriesEstimate estimate = SeriesCommand.requireEstimate(loaded);
    if (json) {
      estimate.revisions().forEach(r -> JsonLines.println(out, RevisionsText.json(r)));
    } else {
      RevisionsText.print(
          out, loaded.series().name(), loaded.series().definition().unit(), estimate.revisions());
    }
    out.flush();
    return Cli.OK;
  }
}
