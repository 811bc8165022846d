package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.ach.MatrixSummary;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {"Lists the stored matrices, newest first.", "", "Example:", "  vigie ach list"})
final class AchListCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per matrix.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<MatrixSummary> all;
    try (Store store = ach.openStore()) {
      all = store.ach().list();
    }
    for (MatrixSummary s : all) {
      if (json) {
        JsonLines.println(out, AchStoreText.summary(s));
      } else {
        out.printf(
            java.util.Locale.ROOT,
            "%-14s %d hypotheses, %d evidence, %d changes, by %s on %s  %s%n",
            s.id(),
            s.hypotheses(),
            s.evidence(),
            s.changes(),
            s.createdBy(),
            s.createdAt().toString().substring(0, 10),
            s.question());
      }
    }
    if (all.isEmpty() && !json) {
      out.println("no matrix yet; create one with 'vigie ach create' or 'vigie ach import'");
    }
    out.flush();
    return Cli.OK;
  }
}
