package org.vigie.cli.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.Cli;
import org.vigie.cli.CliRun;
import org.vigie.core.store.Store;
import org.vigie.core.user.Passwords;
import org.vigie.core.user.User;
import org.vigie.store.sql.SqlStore;

/** The CLI contract of vigie user: add, list, remove, exit codes, what is stored. */
class UserCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  private CliRun add(String name, String role, String password) {
    return CliRun.withStdin(
        password + "\n",
        "--data",
        data.toString(),
        "user",
        "add",
        name,
        "--role",
        role,
        "--password-stdin");
  }

  @Test
  void adds_a_user_whose_password_is_kept_only_as_a_slow_hash() {
    CliRun run = add("ana", "analyst", "correct horse battery");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("added user ana (analyst)\n");
    try (Store store = SqlStore.openSqlite(data)) {
      User ana = store.users().find("ana").orElseThrow();
      assertThat(ana.passwordHash()).startsWith("pbkdf2-sha256$600000$").doesNotContain("horse");
      assertThat(Passwords.verify("correct horse battery".toCharArray(), ana.passwordHash()))
          .isTrue();
    }
  }

  @Test
  void lists_users_as_a_table_and_as_json_lines() throws Exception {
    add("ana", "ANALYST", "correct horse battery");
    add("admin", "admin", "another good password");
    CliRun table = CliRun.of("--data", data.toString(), "user", "list");
    assertThat(table.outLines()).hasSize(3);
    assertThat(table.outLines().get(1)).startsWith("admin").contains("admin");
    assertThat(table.outLines().get(2)).startsWith("ana").contains("analyst");
    CliRun json = CliRun.of("--data", data.toString(), "user", "list", "--json");
    JsonNode first = JSON.readTree(json.outLines().get(0));
    assertThat(first.get("name").asText()).isEqualTo("admin");
    assertThat(first.get("role").asText()).isEqualTo("admin");
    assertThat(first.has("password_hash")).isFalse();
    assertThat(json.out()).doesNotContain("pbkdf2");
  }

  @Test
  void refuses_a_second_user_of_the_same_name_with_exit_4() {
    add("ana", "analyst", "correct horse battery");
    CliRun again = add("ana", "viewer", "another good password");
    assertThat(again.exitCode()).isEqualTo(Cli.CONFLICT);
    assertThat(again.err()).contains("user 'ana' already exists");
  }

  @Test
  void refuses_bad_names_roles_short_passwords_and_empty_stdin_with_exit_2() {
    assertThat(add("Ana Maria", "analyst", "correct horse battery").err())
        .contains("not a valid user name");
    CliRun role = add("ana", "boss", "correct horse battery");
    assertThat(role.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(role.err()).contains("unknown role 'boss'; use viewer, analyst or admin");
    CliRun shortPw = add("ana", "analyst", "short");
    assertThat(shortPw.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(shortPw.err()).contains("at least 12");
    CliRun empty =
        CliRun.withStdin(
            "",
            "--data",
            data.toString(),
            "user",
            "add",
            "ana",
            "--role",
            "viewer",
            "--password-stdin");
    assertThat(empty.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(empty.err()).contains("standard input is empty");
    assertThat(CliRun.of("--data", data.toString(), "user", "list", "--json").out()).isEmpty();
  }

  @Test
  void removes_a_user_and_says_when_there_is_none() {
    add("ana", "analyst", "correct horse battery");
    CliRun removed = CliRun.of("--data", data.toString(), "user", "remove", "ana");
    assertThat(removed.exitCode()).isZero();
    assertThat(removed.out()).isEqualTo("removed user ana\n");
    CliRun again = CliRun.of("--data", data.toString(), "user", "remove", "ana");
    assertThat(again.exitCode()).isEqualTo(Cli.NOT_FOUND);
    assertThat(again.err()).contains("no user 'ana'");
  }
}
