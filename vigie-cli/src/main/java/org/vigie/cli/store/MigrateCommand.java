package org.vigie.cli.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.IngestProgress;
import org.vigie.cli.JsonLines;
import org.vigie.cli.Languages;
import org.vigie.cli.ProgressBar;
import org.vigie.cli.VigieCommand;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.store.Store;
import org.vigie.ingest.claims.ClaimExtraction;
import org.vigie.search.SearchService;
import org.vigie.service.ingest.IngestPipeline;
import org.vigie.store.StoreConfig;
import org.vigie.store.Stores;
import org.vigie.store.copy.CopyReport;
import org.vigie.store.copy.StoreCopy;
import org.vigie.store.sql.SqlStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Copies an embedded store (a data folder) into another store, typically a PostgreSQL one:"
          + " the documents with all their fields and their order, the recorded ingest failures,"
          + " and the originals, which are copied from DIR/archive into the target's archive"
          + " (--data/archive; nothing to copy when it is the same folder). Running it again adds"
          + " nothing, and completes a copy that was interrupted. The source is only read; the"
          + " claims of the documents are read again in the target.",
      "The target's search index (--data/index) catches up the next time it is opened.",
      "",
      "With --json: {\"documents\":N,\"documents_already\":N,\"failures\":N,"
          + "\"failures_already\":N,\"originals\":N,\"originals_already\":N,"
          + "\"originals_missing\":N}.",
      "",
      "Examples:",
      "  vigie migrate --from vigie-data --to postgresql://vigie@127.0.0.1:5432/vigie",
      "  VIGIE_STORE=postgresql://vigie@db/vigie vigie --data /srv/vigie migrate --from old-data",
      ""
    })
public final class MigrateCommand implements Callable<Integer> {

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "DIR",
      required = true,
      description = "The data folder of the embedded store to copy.")
  Path from;

  @Option(
      names = "--to",
      paramLabel = "URL",
      description =
          "The store to copy into, postgresql://user[:password]@host[:port]/db (default: the"
              + " store --store or $VIGIE_STORE names, else the embedded store in --data).")
  String to;

  @Option(names = "--json", description = "Print the counts as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoreConfig target = to != null ? new StoreConfig(vigie.dataDir(), to) : vigie.storeConfig();
    checkSource(target);
    CopyReport r;
    ClaimExtraction.Report claims;
    try (Store source = SqlStore.openSqlite(from);
        Store destination = Stores.open(target);
        ProgressBar bar =
            ProgressBar.forTerminal(spec.commandLine().getErr(), vigie.environment().clock())) {
      bar.start((int) Math.min(Integer.MAX_VALUE, source.documents().count()), 0, "documents");
      r = StoreCopy.copy(source, destination, (done, total) -> bar.update((int) done, 0));
      // Claims are read again rather than copied: the same reader gives the same claims and the
      // same ids, and the destination then knows which version read them.
      try (SearchService search = vigie.openSearch(destination, spec.commandLine().getErr())) {
        claims =
            new IngestPipeline(
                    destination, Languages::identifier, search, vigie.environment().clock())
                .catchUp(Runtime.getRuntime().availableProcessors(), new IngestProgress(bar));
      }
      if (!json) {
        out.println(
            "Copied " + SqlStore.describeSqlite(from) + " into " + destination.describe() + ":");
      }
    }
    if (json) {
      JsonLines.println(out, json(r).put("claims", claims.claims()));
    } else {
      out.printf(
          Locale.ROOT,
          "  documents: %,d copied, %,d already there%n  ingest failures: %,d copied, %,d already"
              + " there%n  originals: %,d copied, %,d already there, %,d missing from %s%n",
          r.documents(),
          r.documentsAlready(),
          r.failures(),
          r.failuresAlready(),
          r.originals(),
          r.originalsAlready(),
          r.originalsMissing(),
          from.resolve("archive"));
      out.printf(
          Locale.ROOT,
          "  claims: %,d read from %,d documents%n",
          claims.claims(),
          claims.documents());
    }
    return Cli.OK;
  }

  private void checkSource(StoreConfig target) {
    if (!Files.isRegularFile(from.resolve(SqlStore.SQLITE_FILE))) {
      throw new InvalidInputException(
          "--from",
          "'"
              + from
              + "' holds no Vigie store (no "
              + SqlStore.SQLITE_FILE
              + "); give the data"
              + " folder of an embedded store, as --data names it");
    }
    if (target.isEmbedded() && sameFolder(from, target.dataDir())) {
      throw new InvalidInputException(
          "--to",
          "the source and the target are the same store ("
              + from
              + "); give --to postgresql://... or another --data");
    }
  }

  private static boolean sameFolder(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static ObjectNode json(CopyReport r) {
    ObjectNode o = JsonLines.object();
    o.put("documents", r.documents());
    o.put("documents_already", r.documentsAlready());
    o.put("failures", r.failures());
    o.put("failures_already", r.failuresAlready());
    o.put("originals", r.originals());
    o.put("originals_already", r.originalsAlready());
    o.put("originals_missing", r.originalsMissing());
    return o;
  }
}
