package org.vigie.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.error.UnavailableException;

/** PostgreSQL addresses as --store takes them, and what a user sees when one does not work. */
class PostgresAddressTest {

  @TempDir Path data;

  @Test
  void turns_a_psql_address_into_a_jdbc_one_and_shows_it_without_the_password() {
    PostgresAddress a =
        PostgresAddress.parse(
            "postgresql://vig%40ie:s3cr%3At@db.example:6543/case?sslmode=require");
    assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/case?sslmode=require");
    assertThat(a.user()).isEqualTo("vig@ie");
    assertThat(a.password()).isEqualTo("s3cr:t");
    assertThat(a.display())
        .isEqualTo("postgresql://vig@ie@db.example:6543/case")
        .doesNotContain("s3cr");
    assertThat(PostgresAddress.parse("postgres://h/db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://h:5432/db");
  }

  @Test
  void refuses_what_is_no_postgresql_address_hiding_the_password() {
    assertThatThrownBy(() -> PostgresAddress.parse("mysql://u:pw@h/db"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("it must start with postgresql://")
        .hasMessageNotContaining(":pw@")
        .hasMessageContaining("u:***@");
    assertThatThrownBy(() -> PostgresAddress.parse("postgresql://u@h"))
        .hasMessageContaining("it names no database");
  }

  @Test
  void says_at_once_and_in_words_when_no_server_answers_as_an_environment_error() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> SqlStore.openPostgres("postgresql://vigie:pw@127.0.0.1:1/vigie", data))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.resource()).isEqualTo("store"))
        .hasMessageStartingWith(
            "cannot use the PostgreSQL store postgresql://vigie@127.0.0.1:1/vigie: ")
        .hasMessageContaining("is the server running")
        .hasMessageNotContaining("pw");
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
  }
}
