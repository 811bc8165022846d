package org.vigie.cli.claims;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.VigieCommand;
import org.vigie.cli.options.FilterOptions;
import org.vigie.core.claim.ClaimKind;
import org.vigie.core.claim.ClaimPage;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.document.Document;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the stored claims matching the filters, newest first (by the date a figure"
          + " describes, else the document's publication date).",
      "With --json, one object per claim and line, with the fields of 'vigie extract --json'"
          + " (offsets in code points of the document text) and id, doc (the document id),"
          + " source and published; the last line is {\"total\":N,\"total_exact\":true,"
          + "\"shown\":N} (past 1,000 matches the total is counted no further and total_exact"
          + " is false).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vigie claims list --unit soldier --actor PRK",
      "  vigie claims list --speaker NIS --from 2024-10 --to 2024-12 --json",
      "  vigie claims list --kind entity --doc 3f2a"
    })
final class ClaimsListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", description = "quantity, entity or date.")
  String kind;

  @Mixin FilterOptions filters;

  @Option(names = "--speaker", paramLabel = "TEXT", description = "Part of the speaker's name.")
  String speaker;

  @Option(names = "--doc", paramLabel = "ID", description = "One document (an id prefix).")
  String doc;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "Claims shown at most (default: ${DEFAULT-VALUE}; 0 for all).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip N.")
  int offset;

  @Option(names = "--json", description = "One JSON object per claim and line.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    VigieCommand vigie = spec.parent().parent().commandLine().getCommand();
    try (Store store = vigie.openStore()) {
      ClaimQuery query = query(store);
      ClaimPage page =
          store.claims().find(query.withPage(offset, limit == 0 ? Integer.MAX_VALUE : limit));
      // The text of each document once, however many of its claims the page holds.
      Map<String, String> texts = new HashMap<>();
      try (StoredClaimOutput output = new StoredClaimOutput(out, json)) {
        for (StoredClaim c : page.claims()) {
          String text =
              texts.computeIfAbsent(
                  c.documentId(), id -> store.documents().get(id).map(Document::text).orElse(""));
          output.print(c, text);
        }
        output.finish(page.total(), page.exact());
      }
    }
    return Cli.OK;
  }

  private ClaimQuery query(Store store) {
    if (offset < 0 || limit < 0) {
      throw new InvalidInputException("--limit", "--limit and --offset must not be negative");
    }
    ClaimKind k;
    try {
      k = kind == null ? null : ClaimKind.of(kind.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--kind", e.getMessage());
    }
    String documentId = doc == null ? null : store.documents().resolve(doc).id();
    return new ClaimQuery(
        k,
        filters.unit(),
        filters.actor(),
        speaker,
        filters.lang(),
        documentId,
        filters.from(),
        filters.to(),
        0,
        0);
  }
}
