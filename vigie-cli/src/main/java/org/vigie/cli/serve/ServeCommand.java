package org.vigie.cli.serve;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.VigieCommand;
import org.vigie.cli.options.PortOption;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serves the web workbench over the store: dashboard, documents and reader, ACH, upload of"
          + " documents, and the REST API under /api (described at /api/openapi.json).",
      "Users log in with the accounts of 'vigie user add'; the API also takes HTTP Basic."
          + " Ctrl-C stops the server after the requests in flight.",
      "",
      "Examples:",
      "  vigie serve",
      "  vigie --data /srv/case serve --port 8080",
      "  vigie serve --bind 0.0.0.0   # all interfaces: put an HTTPS proxy in front",
      ""
    })
public final class ServeCommand implements Callable<Integer> {

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Mixin PortOption port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for"
              + " every interface).")
  String bind;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Store store = vigie.openStore();
    try {
      boolean noUsers = store.users().list().isEmpty();
      Serving.run(
          store,
          vigie.dataDir(),
          vigie.environment().clock(),
          bind,
          port.port(),
          out,
          server -> {
            out.println(
                "Vigie is serving "
                    + store.describe()
                    + " at "
                    + server.address()
                    + " (Ctrl-C stops it)");
            if (noUsers) {
              err.println(
                  "vigie: no user can log in yet; add one with:"
                      + " vigie user add NAME --role admin --password-stdin");
            }
            if (!bind.startsWith("127.") && !bind.equals("localhost") && !bind.equals("::1")) {
              err.println(
                  "vigie: serving beyond this machine over plain HTTP; put an HTTPS proxy in"
                      + " front so that passwords and session cookies are encrypted");
            }
            err.flush();
          });
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return Cli.OK;
  }
}
