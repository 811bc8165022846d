package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.options.AnalystOption;
import org.vigie.core.ach.Judgement;
import org.vigie.core.judgement.IcdLikelihood;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "judge",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps an analyst's probability that a hypothesis is true (a later judgement by the same"
          + " analyst replaces it; earlier ones stay in the trail). 'vigie ach show' pools the"
          + " analysts' latest judgements by the log-odds mean (methods.md §4.1).",
      "",
      "Examples:",
      "  vigie ach judge nk-role H1 0.8 --analyst ana",
      "  vigie ach judge nk-role H2 0.15 --analyst bo",
      ""
    })
final class AchJudgeCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MATRIX", description = "The matrix id.")
  String matrix;

  @Parameters(index = "1", paramLabel = "HYPOTHESIS", description = "The hypothesis id, e.g. H1.")
  String hypothesis;

  @Parameters(index = "2", paramLabel = "P", description = "The probability, 0 to 1.")
  double p;

  @Mixin AnalystOption analyst;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Judgement j;
    try (Store store = ach.openStore()) {
      j = ach.service(store).judge(matrix, hypothesis, p, analyst.name());
    }
    out.printf(
        java.util.Locale.ROOT,
        "%s: %s gives %s a probability of %.1f %% (%s)%n",
        matrix,
        j.analyst(),
        j.hypothesisId(),
        100 * j.probability(),
        IcdLikelihood.phrase(j.probability()));
    out.flush();
    return Cli.OK;
  }
}
