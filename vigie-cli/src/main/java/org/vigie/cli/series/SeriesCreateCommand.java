package org.vigie.cli.series;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Creates a series. A quantity claim belongs to it when its unit equals --unit, its actor"
          + " equals --actor (when given), and one --keyword (when given) appears in the claim's"
          + " subject or in its document's title or text, case ignored; unless excluded by hand.",
      "",
      "Examples:",
      "  vigie series create nk-troops-in-russia --unit soldier --actor PRK",
      "  vigie series create nk-troops-kursk --unit soldier --actor PRK --keyword Kursk"
          + " --keyword Koursk --description 'North Korean troops in Kursk oblast'",
      ""
    })
final class SeriesCreateCommand implements Callable<Integer> {

  @ParentCommand SeriesCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "Lower-case letters, digits, '-' and '_'.")
  String name;

  @Option(
      names = "--unit",
      required = true,
      paramLabel = "UNIT",
      description = "The unit lemma of the claims (soldier, dollar, percent; see 'vigie extract').")
  String unit;

  @Option(names = "--actor", paramLabel = "ISO3", description = "Country code: PRK, RUS, UKR…")
  String actor;

  @Option(
      names = "--keyword",
      paramLabel = "WORD",
      description = "A word or place the claim's subject or document must contain; repeatable.")
  List<String> keywords = new ArrayList<>();

  @Option(names = "--description", paramLabel = "TEXT", description = "What the series counts.")
  String description;

  @Option(names = "--json", description = "Print the series as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SeriesDefinition d =
        new SeriesDefinition(
            name,
            unit,
            actor,
            keywords,
            description,
            parent.who(),
            parent.vigie.environment().clock().instant());
    try (Store store = parent.vigie.openStore()) {
      store.series().add(d);
    }
    if (json) {
      JsonLines.println(out, SeriesListCommand.json(d));
    } else {
      out.println("Created series " + d.name() + ": " + SeriesListCommand.rule(d));
    }
    out.flush();
    return Cli.OK;
  }
}
