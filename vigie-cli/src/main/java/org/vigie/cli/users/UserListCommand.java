package org.vigie.cli.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.cli.VigieCommand;
import org.vigie.core.store.Store;
import org.vigie.core.user.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the users, by name: name, role, when they were added.",
      "With --json, one object per line: name, role, created_at.",
      ""
    })
final class UserListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per user and line.")
  boolean json;

  @Override
  public Integer call() {
    VigieCommand vigie = (VigieCommand) spec.parent().parent().userObject();
    List<User> users;
    try (Store store = vigie.openStore()) {
      users = store.users().list();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (!json) {
      out.printf(Locale.ROOT, "%-32s  %-8s  %s%n", "NAME", "ROLE", "ADDED (UTC)");
    }
    for (User u : users) {
      if (json) {
        ObjectNode o = JsonLines.object();
        o.put("name", u.name()).put("role", u.role().code());
        o.put("created_at", u.createdAt().toString());
        JsonLines.println(out, o);
      } else {
        out.printf(
            Locale.ROOT,
            "%-32s  %-8s  %s%n",
            u.name(),
            u.role().code(),
            u.createdAt().toString().substring(0, 16).replace('T', ' '));
      }
    }
    out.flush();
    return Cli.OK;
  }
}
