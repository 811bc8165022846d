package org.vigie.store.copy;

import java.nio.file.Path;
import org.vigie.core.store.Store;
import org.vigie.store.sql.SqlStore;
import org.vigie.testkit.TestPostgres;

/** Copying an embedded store into PostgreSQL, what {@code vigie migrate} does. */
class PostgresStoreCopyIT extends StoreCopyContract {
  @Override
  protected Store openTarget(Path dataDir) {
    return SqlStore.openPostgres(TestPostgres.freshSchema(), dataDir);
  }
}
