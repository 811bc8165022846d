package org.vigie.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server for the integration tests, and a fresh schema in it for each test.
 *
 * <p>The server is the one {@code $VIGIE_TEST_POSTGRES} names ({@code postgresql://user:pw@host:
 * port/db}; CI starts one, see {@code .ci/run}). When the variable is not set, a private cluster is
 * started from Debian's binaries ({@code /usr/lib/postgresql/N/bin}, package {@code postgresql})
 * under {@code target/postgres-it/} (under the temporary folder when run as root), on a free port
 * of 127.0.0.1, as the {@code postgres} user when the tests run as root (PostgreSQL refuses to run
 * as root), and stopped when the JVM exits. A cluster left behind by a killed run is stopped and
 * replaced. With neither, the tests fail and say how to get one.
 */
public final class TestPostgres {

  public static final String VARIABLE = "VIGIE_TEST_POSTGRES";

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static final List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();
  private static String server;

  private TestPostgres() {}

  /**
   * The address of a new, empty schema, as {@code --store} takes it; every store opened on it sees
   * only that schema.
   */
  public static String freshSchema() {
    skipUnlessAvailable();
    String base = server();
    String schema =
        String.format(
            Locale.ROOT,
            "it_%d_%d_%d",
            ProcessHandle.current().pid(),
            System.nanoTime() % 1_000_000,
            SCHEMAS.incrementAndGet());
    execute(base, "CREATE SCHEMA " + schema);
    CREATED.add(schema);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /**
   * Skips the calling test on a machine with neither a server nor Debian's PostgreSQL, so that
   * {@code ./mvnw verify} passes with only a JDK; CI sets {@code VIGIE_POSTGRES_TESTS=required}, so
   * that there a missing server fails instead.
   */
  public static void skipUnlessAvailable() {
    String given = System.getenv(VARIABLE);
    boolean installed = Files.isDirectory(Path.of("/usr/lib/postgresql"));
    if ((given != null && !given.isBlank()) || installed) {
      return;
    }
    if ("required".equals(System.getenv("VIGIE_POSTGRES_TESTS"))) {
      throw new IllegalStateException(
          "VIGIE_POSTGRES_TESTS=required but neither " + VARIABLE + " nor Debian's postgresql");
    }
    Assumptions.abort(
        "no PostgreSQL here (set " + VARIABLE + " or apt-get install postgresql): skipped");
  }

  /**
   * Runs one SQL statement on the server this address names ({@code postgresql://user:pw@host:port
   * /db}, the form {@code $VIGIE_TEST_POSTGRES} takes; its query, such as a schema, is not used).
   */
  public static void execute(String address, String sql) {
    URI uri = URI.create(address);
    String[] user = uri.getUserInfo() == null ? new String[0] : uri.getUserInfo().split(":", 2);
    String jdbc =
        "jdbc:postgresql://"
            + uri.getHost()
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
            + uri.getRawPath();
    try (Connection c =
            DriverManager.getConnection(
                jdbc, user.length > 0 ? user[0] : null, user.length > 1 ? user[1] : null);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("on " + uri.getHost() + ":" + uri.getPort() + ": " + sql, e);
    }
  }

  private static synchronized String server() {
    if (server == null) {
      String given = System.getenv(VARIABLE);
      if (given != null && !given.isBlank()) {
        server = given.strip();
        // A server that outlives the tests gets its schemas back.
        Runtime.getRuntime()
            .addShutdownHook(new Thread(TestPostgres::dropSchemas, "vigie-test-postgres-drop"));
      } else {
        server = PrivateCluster.start();
      }
    }
    return server;
  }

  private static void dropSchemas() {
    for (String schema : CREATED) {
      try {
        execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      } catch (RuntimeException e) {
        // The server went first; its owner cleans up.
      }
    }
  }

  /** A throw-away cluster under target/, run from the Debian binaries. */
  private static final class PrivateCluster {

    private static final Path HOME = home();

    /**
     * {@code target/postgres-it/}, or, when the tests run as root, a folder of the system's
     * temporary folder named after it: the server runs as the {@code postgres} user, who cannot
     * pass through a private folder such as root's home or a {@code mktemp -d} checkout.
     */
    private static Path home() {
      Path inTarget = Path.of("target", "postgres-it").toAbsolutePath();
      if (!asRoot()) {
        return inTarget;
      }
      String tag = Integer.toHexString(inTarget.toString().hashCode());
      return Path.of(System.getProperty("java.io.tmpdir"), "vigie-postgres-it-" + tag);
    }

    static String start() {
      Path bin = binaries();
      try {
        stopLeftover(bin);
        deleteTree(HOME);
        Path data = HOME.resolve("data");
        Files.createDirectories(HOME);
        handToPostgres(HOME);
        // A Unix socket path may not exceed 107 bytes: a deep checkout gets one in /tmp instead.
        Path socketDir =
            HOME.toString().length() < 80 ? HOME : Files.createTempDirectory("vigie-pg-");
        handToPostgres(socketDir);
        run(bin, "initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8");
        int port = freePort();
        run(
            bin,
            "pg_ctl",
            "-D",
            data.toString(),
            "-l",
            HOME.resolve("server.log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p " + port + " -c listen_addresses=127.0.0.1 -k " + socketDir + " -c fsync=off",
            "start");
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> stop(bin, data, "fast"), "vigie-test-postgres-stop"));
        return "postgresql://postgres@127.0.0.1:" + port + "/postgres";
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to start a private PostgreSQL under " + HOME, e);
      }
    }

    private static Path binaries() {
      Path root = Path.of("/usr/lib/postgresql");
      if (Files.isDirectory(root)) {
        try (Stream<Path> versions = Files.list(root)) {
          var found =
              versions
                  .map(v -> v.resolve("bin"))
                  .filter(b -> Files.isExecutable(b.resolve("initdb")))
                  .max(Comparator.comparing(b -> versionOf(b.getParent())));
          if (found.isPresent()) {
            return found.get();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      throw new IllegalStateException(
          "The PostgreSQL integration tests need a server. Either set "
              + VARIABLE
              + "=postgresql://user:password@127.0.0.1:PORT/DATABASE (a database the tests may"
              + " create schemas in; .ci/run shows how to start one), or install Debian's"
              + " PostgreSQL (apt-get install -y postgresql) so that the tests start a private"
              + " one under target/postgres-it/ by themselves.");
    }

    private static int versionOf(Path dir) {
      String name = dir.getFileName().toString();
      return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static void stopLeftover(Path bin) {
      Path data = HOME.resolve("data");
      if (Files.exists(data.resolve("postmaster.pid"))) {
        stop(bin, data, "immediate");
      }
    }

    private static void stop(Path bin, Path data, String mode) {
      try {
        run(bin, "pg_ctl", "-D", data.toString(), "-m", mode, "-w", "stop");
      } catch (RuntimeException | IOException e) {
        // Already stopped, or never started: nothing to do.
      }
    }

    private static boolean asRoot() {
      return "root".equals(System.getProperty("user.name"));
    }

    private static void handToPostgres(Path dir) throws IOException {
      if (asRoot()) {
        UserPrincipal postgres =
            dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(dir, postgres);
      }
    }

    private static void run(Path bin, String tool, String... args) throws IOException {
      List<String> command = new ArrayList<>();
      if (asRoot()) {
        command.addAll(List.of("runuser", "-u", "postgres", "--"));
      }
      command.add(bin.resolve(tool).toString());
      command.addAll(List.of(args));
      Process p =
          new ProcessBuilder(command)
              .directory(HOME.toFile())
              .redirectErrorStream(true)
              .redirectOutput(HOME.resolve(tool + ".log").toFile())
              .start();
      try {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException(tool + " did not finish within 120 s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running " + tool, e);
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command)
                + " failed with exit code "
                + p.exitValue()
                + ":\n"
                + Files.readString(HOME.resolve(tool + ".log"), StandardCharsets.UTF_8));
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return s.getLocalPort();
      }
    }

    private static void deleteTree(Path root) throws IOException {
      if (!Files.exists(root)) {
        return;
      }
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
