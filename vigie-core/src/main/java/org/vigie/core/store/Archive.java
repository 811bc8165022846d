package org.vigie.core.store;

import java.io.InputStream;
import java.util.Optional;

/** Content-addressed archive of original bytes. Writing the same bytes twice is harmless. */
public interface Archive {

  /**
   * Keeps these bytes under their SHA-256. The write is atomic: after a crash the archive holds
   * either the whole original or nothing under that name.
   */
  void put(String sha256, byte[] bytes);

  boolean contains(String sha256);

  /** The original bytes, or empty when they are not archived. The caller closes the stream. */
  Optional<InputStream> open(String sha256);
}
