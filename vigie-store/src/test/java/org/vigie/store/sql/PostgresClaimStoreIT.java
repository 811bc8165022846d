package org.vigie.store.sql;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.store.Store;
import org.vigie.testkit.TestPostgres;

/** The claim store contract on PostgreSQL, a schema per test (see TestPostgres). */
class PostgresClaimStoreIT extends ClaimStoreContract {

  @TempDir Path dataDir;

  @Override
  protected Store openEmpty() {
    return SqlStore.openPostgres(TestPostgres.freshSchema(), dataDir);
  }
}
