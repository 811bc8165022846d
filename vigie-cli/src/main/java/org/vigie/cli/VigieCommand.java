package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.vigie.cli.ach.AchCommand;
import org.vigie.cli.claims.ClaimsCommand;
import org.vigie.cli.documents.DeleteCommand;
import org.vigie.cli.documents.DocsCommand;
import org.vigie.cli.documents.IngestCommand;
import org.vigie.cli.documents.SearchCommand;
import org.vigie.cli.documents.ShowCommand;
import org.vigie.cli.extract.ExtractCommand;
import org.vigie.cli.indicators.IndicatorsCommand;
import org.vigie.cli.series.PoolCommand;
import org.vigie.cli.series.RevisionsCommand;
import org.vigie.cli.series.SeriesCommand;
import org.vigie.cli.serve.DemoCommand;
import org.vigie.cli.serve.ServeCommand;
import org.vigie.cli.store.MigrateCommand;
import org.vigie.cli.store.ReindexCommand;
import org.vigie.cli.users.UserCommand;
import org.vigie.core.store.Store;
import org.vigie.search.SearchService;
import org.vigie.store.StoreConfig;
import org.vigie.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options, and the store they select. */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "An evidence workbench for open-source reporting on wars and crises: it keeps every"
          + " original with its provenance and turns the text into sourced, numeric claims.",
      ""
    },
    subcommands = {
      IngestCommand.class,
      DocsCommand.class,
      ShowCommand.class,
      ExtractCommand.class,
      ClaimsCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      DeleteCommand.class,
      MigrateCommand.class,
      PoolCommand.class,
      RevisionsCommand.class,
      AchCommand.class,
      IndicatorsCommand.class,
      SeriesCommand.class,
      ServeCommand.class,
      UserCommand.class,
      DemoCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  an unexpected failure (a message says what, and a stack trace follows)",
      "  2  bad usage or input: an option, a path or an id is wrong",
      "  3  not found: no document or item with that id",
      "  4  already exists",
      "  5  unavailable: a server or folder Vigie needs is down or refuses (e.g. PostgreSQL)",
      "",
      "Examples:",
      "  vigie ingest examples/corpus",
      "  vigie --data /tmp/case docs --json",
      "  vigie show 3f2a",
      "  vigie search 'soldats nord-coréens' --from 2024-10 --lang fr",
      "  vigie --store postgresql://vigie@127.0.0.1/vigie migrate --from vigie-data",
      "  vigie pool examples/timeline/nk-estimates.csv --series nk_troops_in_russia",
      "  vigie revisions examples/timeline/nk-estimates.csv --series nk_troops_in_russia",
      "  vigie ach score examples/ach/nk-troops-role.json",
      "  vigie demo",
      "  vigie user add ana --role analyst --password-stdin < password.txt",
      "  vigie extract --json report.txt",
      "  vigie claims list --unit soldier --actor PRK",
      "  vigie serve --port 7700"
    })
public final class VigieCommand {

  /** The environment variable naming a server store, when --store is not given. */
  static final String STORE_VARIABLE = "VIGIE_STORE";

  private final Environment environment;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "vigie-data",
      scope = ScopeType.INHERIT,
      description =
          "The data folder: the embedded database and the archive of originals"
              + " (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--store",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description =
          "A PostgreSQL server store, postgresql://user[:password]@host[:port]/db"
              + " (default: the embedded SQLite store in --data; also read from $"
              + STORE_VARIABLE
              + ").")
  String store;

  VigieCommand(Environment environment) {
    this.environment = environment;
  }

  public Environment environment() {
    return environment;
  }

  /** The data folder the options name. */
  public Path dataDir() {
    return data;
  }

  /** Opens the store the options (or $VIGIE_STORE) name; the caller closes it. */
  public Store openStore() {
    return Stores.open(storeConfig());
  }

  /** The store the options (or $VIGIE_STORE) name. */
  public StoreConfig storeConfig() {
    String server = store != null ? store : environment.variable(STORE_VARIABLE);
    return new StoreConfig(data, server == null || server.isBlank() ? null : server);
  }

  /**
   * Opens the search index beside the store ({@code DATA/index}), repairing it if need be, and says
   * on stderr what the repair did; the caller closes it before the store.
   */
  public SearchService openSearch(Store opened, PrintWriter err) {
    SearchService search = SearchService.open(opened, data.resolve("index"));
    search.notices().forEach(n -> err.println("vigie: " + n));
    err.flush();
    return search;
  }
}
