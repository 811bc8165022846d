package org.vigie.cli.ach;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Provenance;
import org.vigie.core.ach.Weight;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Adds a row to a stored matrix, with the next free id (E1, E2, ...), rated N (neutral)"
          + " against every hypothesis until analysts rate it ('vigie ach rate').",
      "From a stored claim (--claim, ids as 'vigie claims list' lists"
          + " them): its words and document title, its source (speaker, relay, outlet), the date"
          + " the figure describes and the certainty its hedges give. Or a free argument (--text).",
      "",
      "Examples:",
      "  vigie ach evidence nk-role --claim 3f2a9c01d2e4 --credibility H --relevance H",
      "  vigie ach evidence nk-role --text \"No NK casualties reported before December\"",
      ""
    })
final class AchEvidenceCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "MATRIX", description = "The matrix id.")
  String matrix;

  @Option(names = "--claim", paramLabel = "CLAIM_ID", description = "A stored claim.")
  String claim;

  @Option(names = "--text", description = "A free argument instead of a claim.")
  String text;

  @Option(
      names = "--credibility",
      defaultValue = "M",
      description = "L, M or H (default: ${DEFAULT-VALUE}).")
  Weight credibility;

  @Option(
      names = "--relevance",
      defaultValue = "M",
      description = "L, M or H (default: ${DEFAULT-VALUE}).")
  Weight relevance;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (claim == null && (text == null || text.isBlank())) {
      throw new InvalidInputException(
          "--claim", "give the row with --claim CLAIM_ID (see vigie extract) or --text \"...\"");
    }
    Evidence e;
    try (Store store = ach.openStore()) {
      e = ach.service(store).addEvidence(matrix, claim, text, credibility, relevance);
    }
    Provenance p = e.provenance();
    out.printf(
        java.util.Locale.ROOT,
        "added %s  %s%n  credibility %s, relevance %s, source %s, date %s, certainty %s%n",
        e.id(),
        e.text(),
        e.credibility(),
        e.relevance(),
        p.source() == null ? "-" : p.source(),
        p.date() == null ? "-" : p.date(),
        p.certainty() == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", p.certainty()));
    out.flush();
    return Cli.OK;
  }
}
