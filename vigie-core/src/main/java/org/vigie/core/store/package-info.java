/** The Store port: what every store implementation (SQLite, PostgreSQL) provides. */
package org.vigie.core.store;
