package org.vigie.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.CliRun;
import org.vigie.store.archive.FileArchive;
import org.vigie.testkit.TestPostgres;

/** vigie migrate into PostgreSQL, then the other commands on the PostgreSQL store. */
class MigrateCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path embedded;
  @TempDir Path server;
  @TempDir Path corpus;
  String address;

  @BeforeEach
  void ingest() throws Exception {
    Files.writeString(
        corpus.resolve("fr.txt"),
        "Selon Séoul, environ 3 000 soldats nord-coréens ont été envoyés en Russie.",
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("en.txt"),
        "About 10,000 North Korean soldiers moved to Kursk, the Pentagon said.",
        StandardCharsets.UTF_8);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    assertThat(CliRun.of("--data", embedded.toString(), "ingest", corpus.toString()).exitCode())
        .isZero();
    address = TestPostgres.freshSchema();
  }

  @Test
  void copies_an_embedded_store_into_postgresql_once_and_the_copy_works() throws Exception {
    CliRun first =
        CliRun.of(
            "--data",
            server.toString(),
            "migrate",
            "--from",
            embedded.toString(),
            "--to",
            address,
            "--json");
    assertThat(first.exitCode()).as(first.err()).isZero();
    JsonNode counts = JSON.readTree(first.lastOutLine());
    assertThat(counts.get("documents").asInt()).isEqualTo(2);
    assertThat(counts.get("failures").asInt()).isEqualTo(1);
    assertThat(counts.get("originals").asInt()).isEqualTo(2);
    assertThat(counts.get("claims").asInt()).as("claims read again in the target").isPositive();

    CliRun again =
        CliRun.of(
            "--data", server.toString(), "migrate", "--from", embedded.toString(), "--to", address);
    assertThat(again.out())
        .contains("documents: 0 copied, 2 already there")
        .contains("ingest failures: 0 copied, 1 already there")
        .contains("originals: 0 copied, 2 already there, 0 missing");

    // The same listing from both stores, and the originals in the server store's folder.
    Map<String, String> pg = Map.of("VIGIE_STORE", address);
    CliRun docs = CliRun.of(pg, "--data", server.toString(), "docs", "--json");
    assertThat(docs.out())
        .isEqualTo(CliRun.of("--data", embedded.toString(), "docs", "--json").out());
    for (String line : docs.outLines()) {
      String sha = JSON.readTree(line).get("sha256").asText();
      assertThat(new FileArchive(server.resolve("archive")).contains(sha)).isTrue();
    }
    CliRun search = CliRun.of(pg, "--data", server.toString(), "search", "soldats", "--json");
    assertThat(search.exitCode()).as(search.err()).isZero();
    assertThat(search.err()).as("migrate indexed what it copied").isEmpty();
    assertThat(JSON.readTree(search.outLines().get(0)).get("lang").asText()).isEqualTo("fr");
    CliRun claims = CliRun.of(pg, "--data", server.toString(), "claims", "list", "--json");
    assertThat(JSON.readTree(claims.lastOutLine()).get("total").asLong())
        .isEqualTo(counts.get("claims").asLong());
  }

  @Test
  void ingest_and_search_run_on_postgresql_directly() throws Exception {
    CliRun ingest =
        CliRun.of(
            "--data", server.toString(), "--store", address, "ingest", "--json", corpus.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(JSON.readTree(ingest.lastOutLine()).get("added").asInt()).isEqualTo(2);
    CliRun search =
        CliRun.of("--data", server.toString(), "--store", address, "search", "soldier", "--json");
    assertThat(search.err()).isEmpty();
    assertThat(JSON.readTree(search.lastOutLine()).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void refuses_a_source_that_is_no_store_or_the_target_itself() {
    CliRun none = CliRun.of("migrate", "--from", corpus.toString(), "--to", address);
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("holds no Vigie store (no vigie.db)");
    CliRun same =
        CliRun.of("--data", embedded.toString(), "migrate", "--from", embedded.toString());
    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(same.err()).contains("the source and the target are the same store");
  }
}
