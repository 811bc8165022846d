package org.vigie.store.copy;

import java.nio.file.Path;
import org.vigie.core.store.Store;
import org.vigie.store.sql.SqlStore;

class SqliteStoreCopyTest extends StoreCopyContract {
  @Override
  protected Store openTarget(Path dataDir) {
    return SqlStore.openSqlite(dataDir);
  }
}
