package org.vigie.store.sql;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.store.Store;
import org.vigie.testkit.TestPostgres;

/** The store contract on PostgreSQL: each test gets a schema of its own (see TestPostgres). */
class PostgresDocumentStoreIT extends DocumentStoreContract {

  @TempDir Path dataDir;

  private String address;

  @Override
  protected Store openEmpty() {
    address = TestPostgres.freshSchema();
    return SqlStore.openPostgres(address, dataDir);
  }

  @Override
  protected Store reopen() {
    return SqlStore.openPostgres(address, dataDir);
  }
}
