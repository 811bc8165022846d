package org.vigie.cli.series;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.series.store.Decision;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigie series join} and {@code exclude}: an analyst's decision on one claim. */
abstract class SeriesDecideCommand implements Callable<Integer> {

  @ParentCommand SeriesCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The series.")
  String name;

  @Parameters(
      index = "1",
      paramLabel = "CLAIM_ID",
      description = "A quantity claim's id, as 'vigie series show' or the web workbench lists it.")
  String claimId;

  @Option(names = "--json", description = "Print the decision as one JSON object.")
  boolean json;

  abstract boolean joins();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Decision d =
        new Decision(claimId, joins(), parent.who(), parent.vigie.environment().clock().instant());
    StoredClaim claim;
    try (Store store = parent.vigie.openStore()) {
      SeriesCommand.load(store, name);
      claim =
          store.claims().get(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
      if (!(claim.claim() instanceof QuantityClaim)) {
        throw new InvalidInputException(
            "CLAIM_ID", "claim " + claimId + " is not a quantity; only quantities join a series");
      }
      store.series().decide(name, d);
    }
    if (json) {
      JsonLines.println(
          out,
          JsonLines.object()
              .put("series", name)
              .put("claim", claimId)
              .put("decision", d.verb())
              .put("by", d.decidedBy())
              .put("at", d.decidedAt().toString()));
    } else {
      out.printf(
          java.util.Locale.ROOT,
          "Claim %s ('%s') %s %s series %s%n",
          claimId,
          claim.claim().text(),
          d.verb(),
          joins() ? "to" : "from",
          name);
    }
    out.flush();
    return Cli.OK;
  }

  @Command(
      name = "join",
      mixinStandardHelpOptions = true,
      description = {
        "Joins a claim to a series by hand, although the rule leaves it out (or undoes an"
            + " exclusion).",
        "",
        "Example:",
        "  vigie series join nk-troops-in-russia 5c1e0a9b3f2d4e61",
        ""
      })
  static final class Join extends SeriesDecideCommand {
    @Override
    boolean joins() {
      return true;
    }
  }

  @Command(
      name = "exclude",
      mixinStandardHelpOptions = true,
      description = {
        "Excludes a claim from a series by hand, although the rule takes it (a misread figure,"
            + " another place). 'vigie series join' undoes it.",
        "",
        "Example:",
        "  vigie series exclude nk-troops-in-russia 5c1e0a9b3f2d4e61",
        ""
      })
  static final class Exclude extends SeriesDecideCommand {
    @Override
    boolean joins() {
      return false;
    }
  }
}
