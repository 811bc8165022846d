package org.vigie.cli.claims;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.VigieCommand;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Shows one claim by its id (as 'vigie claims list' prints it), with the sentence it is in.",
      ""
    })
final class ClaimsShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The claim id.")
  String id;

  @Option(names = "--json", description = "As one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    VigieCommand vigie = spec.parent().parent().commandLine().getCommand();
    try (Store store = vigie.openStore()) {
      StoredClaim c =
          store.claims().get(id.strip()).orElseThrow(() -> new NotFoundException("claim", id));
      String text = store.documents().get(c.documentId()).map(d -> d.text()).orElse("");
      if (json) {
        try (StoredClaimOutput output = new StoredClaimOutput(out, true)) {
          output.print(c, text);
        }
        out.println();
      } else {
        out.println(StoredClaimOutput.describe(c, text));
      }
    }
    return Cli.OK;
  }
}
