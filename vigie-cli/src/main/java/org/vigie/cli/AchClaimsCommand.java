package org.vigie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.core.claim.ClaimKind;
import org.vigie.core.claim.ClaimPage;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists stored quantity claims with their ids, to pick rows for 'vigie ach evidence --claim'"
          + " and evidence for 'vigie indicators observe --evidence'.",
      "",
      "Examples:",
      "  vigie ach claims --unit soldier --speaker NIS",
      "  vigie ach claims --from 2024-10-01 --to 2024-10-31 --limit 50",
      ""
    })
final class AchClaimsCommand implements Callable<Integer> {

  @ParentCommand AchCommand ach;

  @Spec CommandSpec spec;

  @Option(names = "--unit", description = "The unit lemma, e.g. soldier.")
  String unit;

  @Option(names = "--speaker", description = "Part of the speaker's name, any case.")
  String speaker;

  @Option(names = "--document", paramLabel = "ID", description = "One document.")
  String document;

  @Option(names = "--from", description = "Earliest as-of (else publication) date, YYYY-MM-DD.")
  LocalDate from;

  @Option(names = "--to", description = "Latest, inclusive.")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "20", description = "At most (default: 20).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ClaimPage page;
    try (Store store = ach.openStore()) {
      page =
          store
              .claims()
              .find(
                  new ClaimQuery(
                      ClaimKind.QUANTITY, unit, null, speaker, null, document, from, to, 0, limit));
    }
    for (StoredClaim c : page.claims()) {
      QuantityClaim q = (QuantityClaim) c.claim();
      out.printf(
          Locale.ROOT,
          "%s  %-10s %-28s %-20s %s%n",
          c.id(),
          q.asOf() == null ? (c.published() == null ? "-" : c.published()) : q.asOf(),
          DocsCommand.oneLine(q.text()),
          q.speaker() == null ? "-" : q.speaker(),
          c.title() == null ? "" : DocsCommand.oneLine(c.title()));
    }
    out.printf(Locale.ROOT, "%d of %d claims%n", page.claims().size(), page.total());
    out.flush();
    return Cli.OK;
  }
}
