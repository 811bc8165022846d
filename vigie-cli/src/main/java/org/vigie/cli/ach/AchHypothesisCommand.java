package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "hypothesis",
    mixinStandardHelpOptions = true,
    description = {
      "Adds hypotheses to a stored matrix, with the next free ids (H3, H4, ...). Every row"
          + " already there is rated N (neutral) against them until an analyst re-rates it.",
      "",
      "Examples:",
      "  vigie ach hypothesis nk-role \"Deterrent signal to Seoul\" \"Training for Korea\"",
      ""
    })
final class AchHypothesisCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MATRIX", description = "The matrix id.")
  String matrix;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "LABEL", description = "What it says.")
  List<String> labels;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Hypothesis> added;
    try (Store store = ach.openStore()) {
      added = ach.service(store).addHypotheses(matrix, labels);
    }
    added.forEach(h -> out.println("added " + h.id() + "  " + h.label()));
    out.flush();
    return Cli.OK;
  }
}
