package org.vigie.cli.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.IngestProgress;
import org.vigie.cli.JsonLines;
import org.vigie.cli.Languages;
import org.vigie.cli.ProgressBar;
import org.vigie.cli.VigieCommand;
import org.vigie.cli.options.ThreadsOption;
import org.vigie.core.document.IngestFailure;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.store.Store;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestReport;
import org.vigie.service.ingest.IngestPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads files and folders (recursively) into the store: text in any common encoding, HTML,"
          + " PDF, DOCX, EML, and JSON lines of articles {\"url\",\"title\",\"published\","
          + "\"source\",\"text\"}.",
      "Each original is archived byte for byte under its SHA-256; exact duplicates are folded;"
          + " an input that cannot be read is reported with the reason and never stops the run."
          + " Running the same ingest again adds nothing; after an interruption it completes"
          + " the job. The claims of each document added (quantities, entities, dates) are read"
          + " and kept for 'vigie claims', and the document is indexed for 'vigie search'.",
      "",
      "With --json, the last line of stdout is the summary:",
      "  {\"added\":N,\"duplicates\":N,\"failed\":N,\"failures\":[{\"path\":\"...\","
          + "\"reason\":\"...\"}],\"claims\":N, ...}",
      ""
    })
public final class IngestCommand implements Callable<Integer> {

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  boolean json;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--strict",
      description =
          "Exit with 1 when any input failed (by default failures are reported and the"
              + " exit code is 0).")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Clock clock = vigie.environment().clock();
    IngestOptions options = IngestOptions.defaults();
    if (threads.asked() != null) {
      options = options.withThreads(threads.asked());
    }
    long started = clock.millis();
    IngestPipeline.Result result;
    try (Store store = vigie.openStore();
        DocumentIndex search = vigie.openSearch(store, err);
        ProgressBar bar = ProgressBar.forTerminal(err, clock)) {
      result =
          new IngestPipeline(store, Languages::identifier, search, clock)
              .ingest(paths, options, new IngestProgress(bar));
    }
    double seconds = Math.max(0.001, (clock.millis() - started) / 1000.0);
    if (json) {
      JsonLines.println(out, summary(result, seconds));
    } else {
      printHuman(out, result, seconds);
    }
    return strict && result.files().failed() > 0 ? Cli.FAILURE : Cli.OK;
  }

  private static ObjectNode summary(IngestPipeline.Result result, double seconds) {
    IngestReport report = result.files();
    ObjectNode o = JsonLines.object();
    o.put("added", report.added());
    o.put("duplicates", report.duplicates());
    o.put("failed", report.failed());
    ArrayNode failures = o.putArray("failures");
    for (IngestFailure f : report.failures()) {
      failures.addObject().put("path", f.path()).put("reason", f.reason());
    }
    o.put("truncated", report.truncated());
    o.put("claims", result.claims());
    o.put("earlier_documents_read", result.caughtUp().documents());
    o.put("files", report.files());
    o.put("bytes", report.bytes());
    o.put("seconds", Math.round(seconds * 1000) / 1000.0);
    return o;
  }

  private static void printHuman(PrintWriter out, IngestPipeline.Result result, double seconds) {
    IngestReport report = result.files();
    out.printf(
        Locale.ROOT,
        "%d files (%.1f MB) in %.1f s: %d documents added, %d duplicates folded, %d failed%s%n",
        report.files(),
        report.bytes() / 1e6,
        seconds,
        report.added(),
        report.duplicates(),
        report.failed(),
        report.truncated() > 0 ? ", " + report.truncated() + " truncated" : "");
    for (IngestFailure f : report.failures()) {
      out.println("  failed: " + f.path() + ": " + f.reason());
    }
    out.printf(
        Locale.ROOT,
        "%d claims read%s%n",
        result.claims(),
        result.caughtUp().documents() > 0
            ? " (with those of " + result.caughtUp().documents() + " documents left unread before)"
            : "");
  }
}
