package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.options.AnalystOption;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.store.Store;
import org.vigie.service.json.MatrixJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps a matrix file (the format of 'vigie ach score --help') in the store; its ratings"
          + " become the shared ratings every analyst starts from.",
      "",
      "Examples:",
      "  vigie ach import examples/ach/nk-troops-role.json --id nk-role",
      ""
    })
final class AchImportCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The matrix, as JSON.")
  Path file;

  @Option(names = "--id", description = "The matrix id (default: 12 random hex digits).")
  String id;

  @Mixin AnalystOption analyst;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoredMatrix m;
    try (Store store = ach.openStore()) {
      m = ach.service(store).create(id, MatrixJson.read(file), analyst.name());
    }
    out.printf(
        java.util.Locale.ROOT,
        "imported %s as matrix %s: %d hypotheses, %d evidence rows%n",
        file,
        m.id(),
        m.start().hypothesisCount(),
        m.start().evidence().size());
    out.flush();
    return Cli.OK;
  }
}
