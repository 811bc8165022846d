package org.vigie.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.vigie.core.error.UnavailableException;
import org.vigie.core.store.AchStore;
import org.vigie.core.store.Archive;
import org.vigie.core.store.ClaimStore;
import org.vigie.core.store.DocumentStore;
import org.vigie.core.store.IndicatorStore;
import org.vigie.core.store.SeriesStore;
import org.vigie.core.store.Store;
import org.vigie.core.user.UserStore;
import org.vigie.store.archive.FileArchive;

/** A store in a SQL database (SQLite or PostgreSQL), with its originals in a file archive. */
public final class SqlStore implements Store {

  /** The database file of the embedded store, in its data folder. */
  public static final String SQLITE_FILE = "vigie.db";

  private final HikariDataSource dataSource;
  private final Dialect dialect;
  private final Archive archive;
  private final String description;
  private final SqlDocumentStore documents;
  private final SqlUserStore users;
  private final SqlAchStore ach;
  private final SqlClaimStore claims;
  private final SqlIndicatorStore indicators;
  private final SqlSeriesStore series;

  private SqlStore(
      HikariDataSource dataSource, Dialect dialect, Archive archive, String description) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.archive = archive;
    this.description = description;
    Jdbi jdbi = Jdbi.create(dataSource);
    this.documents = new SqlDocumentStore(jdbi);
    this.users = new SqlUserStore(jdbi);
    this.ach = new SqlAchStore(jdbi);
    this.claims = new SqlClaimStore(jdbi);
    this.indicators = new SqlIndicatorStore(jdbi);
    this.series = new SqlSeriesStore(jdbi);
  }

  /** The embedded store: {@code DIR/vigie.db} and {@code DIR/archive/}, created when missing. */
  public static SqlStore openSqlite(Path dataDir) {
    createDirectories(dataDir);
    Path db = dataDir.resolve(SQLITE_FILE);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(60_000);
    // 64 MB of page cache per connection (the default is 2 MB): a document's claims touch pages
    // of several indexes, and re-reading them from the file dominated ingest.
    config.setCacheSize(-65_536);
    config.enforceForeignKeys(true);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    pool.setMaximumPoolSize(4);
    pool.setPoolName("vigie-sqlite");
    return open(pool, Dialect.SQLITE, dataDir, describeSqlite(dataDir));
  }

  /** How the embedded store in this folder is named in messages. */
  public static String describeSqlite(Path dataDir) {
    return "sqlite:" + dataDir.resolve(SQLITE_FILE);
  }

  /** The server store: a PostgreSQL database, with the originals under {@code DIR/archive/}. */
  public static SqlStore openPostgres(String address, Path dataDir) {
    PostgresAddress pg = PostgresAddress.parse(address);
    checkReachable(pg);
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(pg.jdbcUrl());
    pool.setUsername(pg.user());
    pool.setPassword(pg.password());
    pool.setMaximumPoolSize(8);
    pool.setConnectionTimeout(15_000);
    pool.setPoolName("vigie-postgresql");
    return open(pool, Dialect.POSTGRESQL, dataDir, pg.display());
  }

  /**
   * Connects once, so that a wrong address, a server that is down or a refused login is reported at
   * once and in words, rather than after the pool's timeout.
   */
  private static void checkReachable(PostgresAddress pg) {
    Properties login = new Properties();
    if (pg.user() != null) {
      login.setProperty("user", pg.user());
    }
    if (pg.password() != null) {
      login.setProperty("password", pg.password());
    }
    login.setProperty("connectTimeout", "10");
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), login)) {
      c.isValid(10);
    } catch (SQLException e) {
      String why =
          e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new UnavailableException(
          "store",
          "cannot use the PostgreSQL store "
              + pg.display()
              + ": "
              + why
              + " (is the server running, and are the address, user, password and database"
              + " right?)",
          e);
    }
  }

  private static SqlStore open(
      HikariConfig pool, Dialect dialect, Path dataDir, String description) {
    createDirectories(dataDir);
    pool.setInitializationFailTimeout(-1);
    HikariDataSource dataSource = new HikariDataSource(pool);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations(dialect.migrationLocations())
          .failOnMissingLocations(false)
          // Features add their own tables; a store that has a later feature's migration but not
          // an earlier one's (a development build) gets the missing one rather than a refusal.
          .outOfOrder(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new SqlStore(
        dataSource, dialect, new FileArchive(dataDir.resolve("archive")), description);
  }

  @Override
  public Archive archive() {
    return archive;
  }

  @Override
  public DocumentStore documents() {
    return documents;
  }

  @Override
  public ClaimStore claims() {
    return claims;
  }

  @Override
  public UserStore users() {
    return users;
  }

  @Override
  public AchStore ach() {
    return ach;
  }

  @Override
  public IndicatorStore indicators() {
    return indicators;
  }

  @Override
  public SeriesStore series() {
    return series;
  }

  @Override
  public String describe() {
    return description;
  }

  Dialect dialect() {
    return dialect;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to create the data folder " + dir, e);
    }
  }
}
