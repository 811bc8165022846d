package org.vigie.cli.ach;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.ach.AchAnalysis;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.PooledJudgement;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.store.Store;
import org.vigie.service.json.AchJson;
import org.vigie.service.json.MatrixJson;
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
      "Shows a stored matrix as one analyst has rated it (the shared ratings with their changes"
          + " replayed), scored and tested as 'vigie ach score' does, then the analysts'"
          + " probability judgements pooled by the log-odds mean.",
      "",
      "Examples:",
      "  vigie ach show nk-role --analyst ana",
      "  vigie ach show nk-role --json",
      ""
    })
final class AchShowCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "MATRIX", description = "The matrix id.")
  String matrix;

  @Option(
      names = "--analyst",
      description = "Whose ratings (default: the shared ratings, as the matrix was loaded).")
  String analyst;

  @Option(
      names = "--json",
      description =
          "One JSON object: id, analyst, matrix (the file format), the 'vigie ach score --json'"
              + " fields, and judgements (pooled and by analyst, per hypothesis).")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoredMatrix stored;
    List<PooledJudgement> pooled;
    try (Store store = ach.openStore()) {
      stored = ach.service(store).get(matrix);
      pooled = PooledJudgement.of(stored.start(), store.ach().judgements(matrix));
    }
    Matrix m = analyst == null ? stored.start() : stored.matrixOf(analyst);
    AchAnalysis analysis = AchAnalysis.of(m);
    if (json) {
      ObjectNode o = JsonLines.object().put("id", stored.id());
      o.put("analyst", analyst);
      o.set("matrix", MatrixJson.write(m));
      o.setAll(AchJson.of(analysis));
      o.set("judgements", AchStoreText.judgementsJson(pooled));
      JsonLines.println(out, o);
    } else {
      out.printf(
          java.util.Locale.ROOT,
          "Matrix %s, %s%n",
          stored.id(),
          analyst == null ? "shared ratings" : "as rated by " + analyst);
      AchText.print(out, analysis);
      out.println();
      AchStoreText.judgements(out, pooled);
    }
    out.flush();
    return Cli.OK;
  }
}
