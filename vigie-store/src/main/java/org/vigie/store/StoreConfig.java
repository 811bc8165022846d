package org.vigie.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives.
 *
 * @param dataDir the data folder: the SQLite database (embedded store) and the archive of originals
 *     (both stores)
 * @param server a {@code postgresql://user[:password]@host[:port]/database} address for the server
 *     store, or null for the embedded SQLite store
 */
public record StoreConfig(Path dataDir, String server) {

  public StoreConfig {
    Objects.requireNonNull(dataDir, "dataDir");
  }

  public static StoreConfig embedded(Path dataDir) {
    return new StoreConfig(dataDir, null);
  }

  public boolean isEmbedded() {
    return server == null;
  }
}
