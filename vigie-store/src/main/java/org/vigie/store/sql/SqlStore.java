package org.vigie.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.vigie.core.store.AchStore;
import org.vigie.core.store.Archive;
import org.vigie.core.store.DocumentStore;
import org.vigie.core.store.Store;
import org.vigie.core.user.UserStore;
import org.vigie.store.archive.FileArchive;

/** A store in a SQL database (SQLite or PostgreSQL), with its originals in a file archive. */
public final class SqlStore implements Store {

  private final HikariDataSource dataSource;
  private final Dialect dialect;
  private final Archive archive;
  private final String description;
  private final SqlDocumentStore documents;
  private final SqlUserStore users;
  private final SqlAchStore ach;

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
  }

  /** The embedded store: {@code DIR/vigie.db} and {@code DIR/archive/}, created when missing. */
  public static SqlStore openSqlite(Path dataDir) {
    createDirectories(dataDir);
    Path db = dataDir.resolve("vigie.db");
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(60_000);
    config.enforceForeignKeys(true);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    pool.setMaximumPoolSize(4);
    pool.setPoolName("vigie-sqlite");
    return open(pool, Dialect.SQLITE, dataDir, "sqlite:" + db);
  }

  /** The server store: a PostgreSQL database, with the originals under {@code DIR/archive/}. */
  public static SqlStore openPostgres(String address, Path dataDir) {
    PostgresAddress pg = PostgresAddress.parse(address);
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(pg.jdbcUrl());
    pool.setUsername(pg.user());
    pool.setPassword(pg.password());
    pool.setMaximumPoolSize(8);
    pool.setPoolName("vigie-postgresql");
    return open(pool, Dialect.POSTGRESQL, dataDir, pg.display());
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
  public UserStore users() {
    return users;
  }

  @Override
  public AchStore ach() {
    return ach;
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
