package org.vigie.store.sql;

/**
 * The SQL databases Vigie runs on. The schema and queries are written in the SQL both accept; what
 * differs between them is kept here, in one place.
 */
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String flywayVendor;

  Dialect(String flywayVendor) {
    this.flywayVendor = flywayVendor;
  }

  /** Flyway locations: the portable migrations, then this database's own, if it has any. */
  String[] migrationLocations() {
    return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + flywayVendor};
  }
}
