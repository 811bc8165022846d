package org.vigie.cli.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.cli.ProgressBar;
import org.vigie.cli.VigieCommand;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.store.Store;
import org.vigie.search.IndexCheck;
import org.vigie.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the search index (DATA/index) from the store. Never needed in the ordinary"
          + " course: ingest indexes as it stores, and an index found missing, damaged or behind"
          + " the store is repaired when next opened. Use it after changing the store by other"
          + " means, or to compact the index.",
      "With --json: {\"documents\":N,\"seconds\":S,\"index_bytes\":B}.",
      "",
      "With --check, nothing is rebuilt: each stored document and the facts of its stored claims"
          + " (units, actors, whether it has quantities) are compared with the index, and what"
          + " differs is reported (exit 0 when the index is level with the store, 1 when it is"
          + " not); --repair also mends it, indexing again only what differs. With --json:"
          + " {\"stored\":N,\"indexed\":N,\"missing\":N,\"extra\":N,\"stale\":N,"
          + "\"examples\":[ids],\"repaired\":B,\"seconds\":S}.",
      ""
    },
    exitCodeListHeading = "%nExit codes with --check:%n",
    exitCodeList = {
      "0:the index is level with the store (or was repaired)",
      "1:the index differs from the store"
    })
public final class ReindexCommand implements Callable<Integer> {

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the outcome as one JSON object.")
  boolean json;

  @Option(
      names = "--check",
      description = "Compare the index with the store instead of rebuilding it.")
  boolean check;

  @Option(names = "--repair", description = "With --check: mend what differs.")
  boolean repair;

  @Override
  public Integer call() {
    if (repair && !check) {
      throw new InvalidInputException("repair", "--repair goes with --check");
    }
    return check ? check() : rebuild();
  }

  private int check() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Clock clock = vigie.environment().clock();
    long started = clock.millis();
    IndexCheck result;
    try (Store store = vigie.openStore();
        SearchService search = vigie.openSearch(store, err);
        ProgressBar bar = ProgressBar.forTerminal(err, clock)) {
      bar.start((int) Math.min(Integer.MAX_VALUE, store.documents().count()), 0, "documents");
      result = search.check(repair, (done, total) -> bar.update((int) done, 0));
    }
    double seconds = Math.max(0.001, (clock.millis() - started) / 1000.0);
    if (json) {
      ObjectNode o = JsonLines.object();
      o.put("stored", result.stored());
      o.put("indexed", result.indexed());
      o.put("missing", result.missing());
      o.put("extra", result.extra());
      o.put("stale", result.stale());
      result.examples().forEach(o.putArray("examples")::add);
      o.put("repaired", result.repaired());
      o.put("seconds", Math.round(seconds * 1000) / 1000.0);
      JsonLines.println(out, o);
    } else {
      out.printf(
          Locale.ROOT,
          "%s: %,d documents stored, %,d indexed; %,d missing from the index, %,d there but not"
              + " stored, %,d with stale claim filters%s%n",
          result.level() ? "Level" : result.repaired() ? "Repaired" : "Differs",
          result.stored(),
          result.indexed(),
          result.missing(),
          result.extra(),
          result.stale(),
          result.examples().isEmpty()
              ? ""
              : " (e.g. " + String.join(", ", result.examples()) + ")");
      if (!result.level() && !result.repaired()) {
        out.println("Run 'vigie reindex --check --repair' to mend it.");
      }
    }
    return result.level() || result.repaired() ? Cli.OK : Cli.FAILURE;
  }

  private int rebuild() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Clock clock = vigie.environment().clock();
    long started = clock.millis();
    long documents;
    try (Store store = vigie.openStore();
        SearchService search = vigie.openSearch(store, err);
        ProgressBar bar = ProgressBar.forTerminal(err, clock)) {
      bar.start((int) Math.min(Integer.MAX_VALUE, store.documents().count()), 0, "documents");
      documents = search.reindex((done, total) -> bar.update((int) done, 0));
    }
    double seconds = Math.max(0.001, (clock.millis() - started) / 1000.0);
    long bytes = sizeOf(vigie.dataDir().resolve("index"));
    if (json) {
      ObjectNode o = JsonLines.object();
      o.put("documents", documents);
      o.put("seconds", Math.round(seconds * 1000) / 1000.0);
      o.put("index_bytes", bytes);
      JsonLines.println(out, o);
    } else {
      out.printf(
          Locale.ROOT,
          "Indexed %,d documents in %.1f s (%,.0f documents/s); the index takes %.1f MB in %s%n",
          documents,
          seconds,
          documents / seconds,
          bytes / 1e6,
          vigie.dataDir().resolve("index"));
    }
    return Cli.OK;
  }

  private static long sizeOf(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to list the search index folder " + folder, e);
    }
  }
}
