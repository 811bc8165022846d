package org.vigie.store.sql;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.store.Store;

class SqliteSeriesStoreTest extends SeriesStoreContract {

  @TempDir Path dataDir;

  @Override
  protected Store openEmpty() {
    return SqlStore.openSqlite(dataDir);
  }
}
