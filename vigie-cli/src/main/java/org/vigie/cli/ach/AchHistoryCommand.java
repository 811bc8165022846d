package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.ach.Judgement;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a stored matrix's trail, oldest first: every rating change (who, when, which cell,"
          + " from what to what, why) and every probability judgement. Replaying the rating"
          + " changes of one analyst over the exported shared matrix gives that analyst's matrix.",
      "",
      "Examples:",
      "  vigie ach history nk-role",
      "  vigie ach history nk-role --json",
      ""
    })
final class AchHistoryCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "MATRIX", description = "The matrix id.")
  String matrix;

  @Option(
      names = "--json",
      description = "One JSON object per entry: kind rating or judgement, at, analyst, ...")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoredMatrix stored;
    List<Judgement> judgements;
    try (Store store = ach.openStore()) {
      stored = ach.service(store).get(matrix);
      judgements = store.ach().judgements(matrix);
    }
    if (!json) {
      out.printf(
          java.util.Locale.ROOT,
          "%s created by %s at %s%n",
          stored.id(),
          stored.createdBy(),
          stored.createdAt());
    }
    for (RatingChange c : stored.log().changes()) {
      if (json) {
        JsonLines.println(out, AchStoreText.change(c).put("kind", "rating"));
      } else {
        out.printf(
            java.util.Locale.ROOT,
            "%s  %-10s rate  %s/%s %s -> %s%s%n",
            c.at(),
            c.analyst(),
            c.evidenceId(),
            c.hypothesisId(),
            c.from(),
            c.to(),
            c.note() == null ? "" : "  (" + c.note() + ")");
      }
    }
    for (Judgement j : judgements) {
      if (json) {
        JsonLines.println(out, AchStoreText.judgement(j).put("kind", "judgement"));
      } else {
        out.printf(
            java.util.Locale.ROOT,
            "%s  %-10s judge %s p = %.3f%n",
            j.at(),
            j.analyst(),
            j.hypothesisId(),
            j.probability());
      }
    }
    out.flush();
    return Cli.OK;
  }
}
