package org.vigie.store;

import org.vigie.core.store.Store;
import org.vigie.store.sql.SqlStore;

/** Opens the store a configuration names, migrating its schema to the current version. */
public final class Stores {

  private Stores() {}

  public static Store open(StoreConfig config) {
    return config.isEmbedded()
        ? SqlStore.openSqlite(config.dataDir())
        : SqlStore.openPostgres(config.server(), config.dataDir());
  }
}
