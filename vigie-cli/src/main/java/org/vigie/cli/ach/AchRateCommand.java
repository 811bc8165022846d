package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.options.AnalystOption;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.SchemeScores;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.store.Store;
import org.vigie.service.ach.AchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    description = {
      "Rates one cell of a stored matrix for one analyst: how consistent evidence EVIDENCE is"
          + " with hypothesis HYPOTHESIS. Every change is kept in the matrix's trail (who, when,"
          + " from what, to what; see 'vigie ach history'); each analyst has their own ratings.",
      "",
      "Examples:",
      "  vigie ach rate nk-role E1 H1 CC --analyst ana",
      "  vigie ach rate nk-role E2 H3 II --analyst bo --note \"casualty reports rule it out\"",
      ""
    })
final class AchRateCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MATRIX", description = "The matrix id.")
  String matrix;

  @Parameters(index = "1", paramLabel = "EVIDENCE", description = "The row id, e.g. E1.")
  String evidence;

  @Parameters(index = "2", paramLabel = "HYPOTHESIS", description = "The column id, e.g. H2.")
  String hypothesis;

  @Parameters(index = "3", paramLabel = "RATING", description = "CC, C, N, I, II or NA.")
  String rating;

  @Mixin AnalystOption analyst;

  @Option(names = "--note", description = "Why, kept in the trail.")
  String note;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Rating to =
        Rating.parse(rating)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "RATING", "unknown rating \"" + rating + "\"; use CC, C, N, I, II or NA"));
    AchService.Analysed a;
    try (Store store = ach.openStore()) {
      a = ach.service(store).rate(matrix, analyst.name(), evidence, hypothesis, to, note);
    }
    SchemeScores s = a.analysis().scores(org.vigie.core.ach.Scheme.WEIGHTED_INCONSISTENCY);
    out.printf(
        java.util.Locale.ROOT,
        "%s %s/%s = %s for %s; weighted inconsistency now %s%n",
        matrix,
        evidence,
        hypothesis,
        to,
        analyst.name(),
        AchStoreText.scores(a.matrix(), s.values()));
    out.flush();
    return Cli.OK;
  }
}
