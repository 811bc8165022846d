package org.vigie.cli.users;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.VigieCommand;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = {
      "Removes a user: they can no longer log in, and a running server ends their sessions at"
          + " their next request. Their rating changes stay in the ACH audit trail.",
      "Exit code 3 when there is no such user.",
      ""
    })
final class UserRemoveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The user to remove.")
  String name;

  @Override
  public Integer call() {
    VigieCommand vigie = (VigieCommand) spec.parent().parent().userObject();
    try (Store store = vigie.openStore()) {
      store.users().remove(name);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("removed user " + name);
    out.flush();
    return Cli.OK;
  }
}
