package org.vigie.core.store;

import org.vigie.core.user.UserStore;

/**
 * Everything Vigie keeps: the archive of originals and the database of what was read from them.
 * SQLite (embedded) and PostgreSQL (server) implement it; one contract test suite runs on both.
 */
public interface Store extends AutoCloseable {

  /** The originals, byte for byte, addressed by SHA-256. */
  Archive archive();

  /** The documents read from the originals. */
  DocumentStore documents();

  /** The claims read from the documents. */
  ClaimStore claims();

  /** The people who may log in to the web workbench. */
  UserStore users();

  /** The ACH matrices and every rating change made to them. */
  AchStore ach();

  /** The scenarios watched by indicators, and what was observed of them. */
  IndicatorStore indicators();

  /** The series of quantity claims and the claims joined to or excluded from them by hand. */
  SeriesStore series();

  /** Where this store lives, for messages ("sqlite:vigie-data/vigie.db"); never a password. */
  String describe();

  @Override
  void close();
}
