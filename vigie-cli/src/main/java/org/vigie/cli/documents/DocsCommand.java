package org.vigie.cli.documents;

import static org.vigie.service.json.Json.document;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.cli.Cells;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.cli.VigieCommand;
import org.vigie.core.document.DocumentSummary;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the documents of the store, in the order they were ingested.",
      "With --json, one object per line: id, sha256, origin, container, lang, title, chars,"
          + " size, media_type, published, source, ingested_at, status, status_reason.",
      ""
    })
public final class DocsCommand implements Callable<Integer> {

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per document and line.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = vigie.openStore()) {
      if (!json) {
        out.printf(Locale.ROOT, "%-16s  %-4s  %9s  %s%n", "ID", "LANG", "CHARS", "TITLE / ORIGIN");
      }
      store.documents().forEachSummary(d -> print(out, d));
    }
    out.flush();
    return Cli.OK;
  }

  private void print(PrintWriter out, DocumentSummary d) {
    if (json) {
      JsonLines.println(out, document(d));
    } else {
      String label = d.title() != null ? d.title() + "  (" + d.origin() + ")" : d.origin();
      out.printf(
          Locale.ROOT, "%-16s  %-4s  %9d  %s%n", d.id(), d.lang(), d.chars(), Cells.oneLine(label));
    }
  }
}
