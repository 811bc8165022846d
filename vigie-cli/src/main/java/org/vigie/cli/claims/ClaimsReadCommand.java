package org.vigie.cli.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.IngestProgress;
import org.vigie.cli.JsonLines;
import org.vigie.cli.Languages;
import org.vigie.cli.ProgressBar;
import org.vigie.cli.VigieCommand;
import org.vigie.cli.options.ThreadsOption;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.store.Store;
import org.vigie.ingest.claims.ClaimExtraction;
import org.vigie.service.ingest.IngestPipeline;
import org.vigie.text.claims.ClaimReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the claims of every document this version of Vigie has not read yet (documents"
          + " stored before claims were read, left by an interrupted ingest, or read by an older"
          + " extractor), and indexes them again for the search filters. Running it again does"
          + " nothing; a claim is never kept twice.",
      ""
    })
final class ClaimsReadCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print {\"documents\":N,\"claims\":N,\"failed\":N}.")
  boolean json;

  @Mixin ThreadsOption threads;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VigieCommand vigie = spec.parent().parent().commandLine().getCommand();
    ClaimExtraction.Report r;
    try (Store store = vigie.openStore();
        DocumentIndex search = vigie.openSearch(store, err);
        ProgressBar bar = ProgressBar.forTerminal(err, vigie.environment().clock())) {
      int n = threads.count();
      r =
          new IngestPipeline(store, Languages::identifier, search, vigie.environment().clock())
              .catchUp(n, new IngestProgress(bar));
    }
    if (json) {
      ObjectNode o = JsonLines.object();
      o.put("documents", r.documents());
      o.put("claims", r.claims());
      o.put("failed", r.failed());
      JsonLines.println(out, o);
    } else {
      out.println(
          r.documents() == 0
              ? "every document's claims are read already (" + ClaimReader.VERSION + ")"
              : r.claims() + " claims read from " + r.documents() + " documents");
    }
    return Cli.OK;
  }
}
