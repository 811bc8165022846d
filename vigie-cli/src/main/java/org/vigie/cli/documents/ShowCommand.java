package org.vigie.cli.documents;

import static org.vigie.service.json.Json.document;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.cli.VigieCommand;
import org.vigie.core.document.Document;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Shows one document: its metadata and its text.",
      "ID is an id as 'vigie docs' lists it, or a prefix of it (at least 4 hex digits) that no"
          + " other document shares, or a prefix of the SHA-256 of the original.",
      ""
    })
public final class ShowCommand implements Callable<Integer> {

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Document id or unambiguous prefix.")
  String id;

  @Option(names = "--json", description = "One JSON object with the metadata and the text.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Document d;
    try (Store store = vigie.openStore()) {
      d = store.documents().resolve(id);
    }
    if (json) {
      JsonLines.println(out, document(d));
    } else {
      line(out, "id", d.id());
      line(out, "sha256", d.sha256());
      line(out, "origin", d.origin());
      line(out, "container", d.container());
      line(out, "title", d.title());
      line(out, "lang", d.lang());
      line(out, "media type", d.mediaType());
      line(out, "size", d.size() + " bytes");
      line(out, "published", d.published() == null ? null : d.published().toString());
      line(out, "source", d.source());
      line(out, "ingested at", d.ingestedAt().toString());
      line(
          out,
          "status",
          d.status().code() + (d.statusReason() == null ? "" : " (" + d.statusReason() + ")"));
      line(out, "chars", Integer.toString(d.chars()));
      out.println();
      out.println(d.text());
    }
    out.flush();
    return Cli.OK;
  }

  private static void line(PrintWriter out, String name, String value) {
    if (value != null) {
      out.printf(java.util.Locale.ROOT, "%-12s %s%n", name + ":", value);
    }
  }
}
