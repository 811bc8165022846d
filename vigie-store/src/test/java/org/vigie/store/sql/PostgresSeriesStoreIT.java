package org.vigie.store.sql;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.store.Store;
import org.vigie.testkit.TestPostgres;

/** The series store contract on PostgreSQL, a schema per test (see TestPostgres). */
class PostgresSeriesStoreIT extends SeriesStoreContract {

  @TempDir Path dataDir;

  @Override
  protected Store openEmpty() {
    return SqlStore.openPostgres(TestPostgres.freshSchema(), dataDir);
  }
}
