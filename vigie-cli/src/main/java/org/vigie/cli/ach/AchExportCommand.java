package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.store.Store;
import org.vigie.service.json.MatrixJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a stored matrix in the file format 'vigie ach score' and 'vigie ach import' read,"
          + " with the shared ratings or one analyst's.",
      "",
      "Examples:",
      "  vigie ach export nk-role --analyst ana > nk-role-ana.json",
      "  vigie ach score nk-role-ana.json",
      ""
    })
final class AchExportCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "MATRIX", description = "The matrix id.")
  String matrix;

  @Option(names = "--analyst", description = "Whose ratings (default: the shared ones).")
  String analyst;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    StoredMatrix stored;
    try (Store store = ach.openStore()) {
      stored = ach.service(store).get(matrix);
    }
    var m = analyst == null ? stored.start() : stored.matrixOf(analyst);
    out.println(
        JsonLines.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MatrixJson.write(m)));
    out.flush();
    return Cli.OK;
  }
}
