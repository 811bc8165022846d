package org.vigie.cli.serve;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigie.cli.Cli;
import org.vigie.cli.Languages;
import org.vigie.cli.VigieCommand;
import org.vigie.cli.options.PortOption;
import org.vigie.core.store.Store;
import org.vigie.core.user.Passwords;
import org.vigie.core.user.Role;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.claims.ClaimExtraction;
import org.vigie.search.SearchService;
import org.vigie.service.ach.AchService;
import org.vigie.service.ach.ExampleMatrix;
import org.vigie.service.indicators.ExampleIndicators;
import org.vigie.service.indicators.IndicatorService;
import org.vigie.service.ingest.IngestPipeline;
import org.vigie.service.series.ExampleSeries;
import org.vigie.service.users.Accounts;
import org.vigie.store.StoreConfig;
import org.vigie.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Tries Vigie on its example corpus in one command: ingests examples/corpus into a demo"
          + " folder (once), loads the example ACH matrix, creates the user 'demo' with a"
          + " generated password (kept in the demo folder), serves the workbench on this machine"
          + " and opens it in the browser. Ctrl-C stops it; running it again reuses the folder.",
      "The demo folder is ./demo-data unless --data names another; it always uses the embedded"
          + " store, whatever --store or $VIGIE_STORE say.",
      "",
      "Examples:",
      "  vigie demo",
      "  vigie demo --port 8080 --no-browser",
      ""
    })
public final class DemoCommand implements Callable<Integer> {

  static final String USER = "demo";
  static final String PASSWORD_FILE = "demo-password.txt";

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Mixin PortOption port;

  @Option(names = "--no-browser", description = "Do not open a browser.")
  boolean noBrowser;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = dataDir();
    Clock clock = vigie.environment().clock();
    Store store = Stores.open(StoreConfig.embedded(dir));
    try {
      try (SearchService search = SearchService.open(store, dir.resolve("index"))) {
        readCorpus(new IngestPipeline(store, Languages::identifier, search, clock), store, err);
      }
      if (store.ach().list().isEmpty()) {
        new AchService(store, clock, new SecureRandom()).create(null, ExampleMatrix.load(), USER);
      }
      if (store.indicators().list().isEmpty()) {
        ExampleIndicators.define(new IndicatorService(store, clock));
      }
      if (store.series().list().isEmpty()) {
        store.series().add(ExampleSeries.definition(USER, clock.instant()));
      }
      String password = demoPassword(store, dir, clock);
      Serving.run(
          store,
          dir,
          clock,
          "127.0.0.1",
          port.port(),
          out,
          server -> {
            out.printf(
                Locale.ROOT,
                "Vigie demo: %d documents and %d ACH matrix(es) in %s%n",
                store.documents().count(),
                store.ach().list().size(),
                dir);
            out.println("Open " + server.address() + " and log in as:");
            out.println("  user name: " + USER);
            out.println("  password:  " + password);
            out.println(
                "(the password is kept in " + dir.resolve(PASSWORD_FILE) + "; Ctrl-C stops)");
            out.flush();
            if (!noBrowser) {
              openBrowser(server.address(), err);
            }
          });
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return Cli.OK;
  }

  /** ./demo-data, unless --data was given (before or after 'demo'). */
  private Path dataDir() {
    boolean given =
        spec.commandLine().getParseResult().hasMatchedOption("--data")
            || (spec.parent() != null
                && spec.parent().commandLine().getParseResult() != null
                && spec.parent().commandLine().getParseResult().hasMatchedOption("--data"));
    return given ? vigie.dataDir() : Path.of("demo-data");
  }

  /**
   * Ingests the example corpus into an empty store (reading and indexing every document with its
   * claims), then reads the claims the current extractor has not read yet.
   */
  private static void readCorpus(IngestPipeline pipeline, Store store, PrintWriter err) {
    int threads = Runtime.getRuntime().availableProcessors();
    long claims = 0;
    long documents = 0;
    if (store.documents().count() == 0) {
      Optional<Path> corpus = exampleCorpus();
      if (corpus.isEmpty()) {
        err.println(
            "vigie: examples/corpus not found (run the demo from the Vigie folder); the demo"
                + " starts empty: add documents from the browser");
        err.flush();
        return;
      }
      err.println("vigie: ingesting the example corpus " + corpus.get() + " (once)...");
      err.flush();
      IngestPipeline.Result r =
          pipeline.ingest(
              List.of(corpus.get()), IngestOptions.defaults(), IngestPipeline.Listener.NONE);
      err.printf(
          Locale.ROOT,
          "vigie: %d documents added, %d duplicates folded, %d failed%n",
          r.files().added(),
          r.files().duplicates(),
          r.files().failed());
      claims = r.claims();
      documents = r.files().added() + r.caughtUp().documents();
    } else if (pipeline.unread() > 0) {
      ClaimExtraction.Report r = pipeline.catchUp(threads, IngestPipeline.Listener.NONE);
      claims = r.claims();
      documents = r.documents();
    }
    if (documents > 0) {
      err.printf(Locale.ROOT, "vigie: %d claims read from %d documents%n", claims, documents);
    }
    err.flush();
  }

  /** examples/corpus in the working folder, else beside the jar's checkout. */
  static Optional<Path> exampleCorpus() {
    Path here = Path.of("examples", "corpus");
    if (Files.isDirectory(here)) {
      return Optional.of(here);
    }
    try {
      Path jar =
          Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // vigie-cli/target/vigie.jar (or vigie-cli/target/classes) -> the checkout
      Path checkout = jar.getParent() == null ? null : jar.getParent().getParent();
      checkout = checkout == null ? null : checkout.getParent();
      Path beside = checkout == null ? null : checkout.resolve("examples").resolve("corpus");
      return beside != null && Files.isDirectory(beside) ? Optional.of(beside) : Optional.empty();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The demo user's password: read from the demo folder, or generated (with the user) the first
   * time, or regenerated when the file was deleted.
   */
  private static String demoPassword(Store store, Path dir, Clock clock) {
    Path file = dir.resolve(PASSWORD_FILE);
    try {
      SecureRandom random = new SecureRandom();
      boolean exists = store.users().find(USER).isPresent();
      if (exists && Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      String password = Accounts.generatePassword(random);
      if (exists) {
        store.users().updatePasswordHash(USER, Passwords.hash(password.toCharArray(), random));
      } else {
        new Accounts(store.users(), clock, random).add(USER, Role.ADMIN, password.toCharArray());
      }
      Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions apply
      }
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to keep the demo password in " + file, e);
    }
  }

  /** Opens the address in the desktop's browser, if there is one; never fails the demo. */
  static void openBrowser(String address, PrintWriter err) {
    Thread t =
        new Thread(
            () -> {
              try {
                if (!GraphicsEnvironment.isHeadless()
                    && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                  Desktop.getDesktop().browse(new URI(address));
                  return;
                }
                String opener =
                    System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")
                        ? "open"
                        : "xdg-open";
                new ProcessBuilder(opener, address)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
              } catch (IOException | URISyntaxException | RuntimeException e) {
                err.println(
                    "vigie: could not open a browser (" + e.getMessage() + "); open " + address);
                err.flush();
              }
            },
            "vigie-open-browser");
    t.setDaemon(true);
    t.start();
  }
}
