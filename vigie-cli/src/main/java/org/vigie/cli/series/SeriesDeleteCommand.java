package org.vigie.cli.series;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Deletes a series and the decisions made on its claims; the claims themselves stay.",
      "",
      "Example:",
      "  vigie series delete nk-troops-kursk",
      ""
    })
final class SeriesDeleteCommand implements Callable<Integer> {

  @ParentCommand SeriesCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The series.")
  String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = parent.vigie.openStore()) {
      if (!store.series().delete(name)) {
        throw new NotFoundException("series", name);
      }
    }
    out.println("Deleted series " + name);
    out.flush();
    return Cli.OK;
  }
}
