package org.vigie.cli.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.Cli;
import org.vigie.cli.CliRun;

/** The CLI contract of ingest, docs and show: exit codes, JSON shapes, messages. */
class IngestCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  @TempDir Path corpus;

  @BeforeEach
  void writeCorpus() throws Exception {
    Files.writeString(
        corpus.resolve("fr.txt"),
        "Selon Séoul, environ 3 000 soldats nord-coréens ont été envoyés en Russie.",
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("copy.txt"),
        "Selon Séoul, environ 3 000 soldats nord-coréens ont été envoyés en Russie.",
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("page.html"),
        "<html><head><title>Kursk</title><script>alert('SCRIPT-TEXT')</script></head><body>"
            + "<p>About 10,000 North Korean soldiers moved to Kursk, the Pentagon said.</p>"
            + "</body></html>",
        StandardCharsets.UTF_8);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
  }

  @Test
  void a_postgresql_store_that_does_not_answer_is_unavailable_not_bad_usage() {
    CliRun run =
        CliRun.of(
            "--data", data.toString(), "--store", "postgresql://vigie@127.0.0.1:1/vigie", "docs");
    assertThat(run.exitCode()).isEqualTo(Cli.UNAVAILABLE);
    assertThat(run.err())
        .startsWith("vigie: cannot use the PostgreSQL store postgresql://vigie@127.0.0.1:1/vigie")
        .doesNotContain("unexpected error")
        .doesNotContain("\tat ");
  }

  @Test
  void a_malformed_store_address_is_bad_usage() {
    CliRun run = CliRun.of("--data", data.toString(), "--store", "postgresql://u@h", "docs");
    assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("it names no database");
  }

  @Test
  void prints_the_summary_as_the_last_json_line_and_exits_0_despite_failures() throws Exception {
    CliRun run = CliRun.of("--data", data.toString(), "ingest", "--json", corpus.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode summary = JSON.readTree(run.lastOutLine());
    assertThat(summary.get("added").asInt()).isEqualTo(2);
    assertThat(summary.get("duplicates").asInt()).isEqualTo(1);
    assertThat(summary.get("failed").asInt()).isEqualTo(1);
    assertThat(summary.get("claims").asInt()).as("claims of the two documents").isPositive();
    assertThat(summary.get("earlier_documents_read").asInt()).isZero();
    assertThat(summary.get("failures").get(0).get("path").asText())
        .isEqualTo(corpus.resolve("empty.txt").toString());
    assertThat(summary.get("failures").get(0).get("reason").asText())
        .isEqualTo("the file is empty (0 bytes)");
    assertThat(run.err())
        .contains("failed: " + corpus.resolve("empty.txt") + ": the file is empty");
  }

  @Test
  void strict_mode_exits_1_when_an_input_failed() {
    CliRun run = CliRun.of("--data", data.toString(), "ingest", "--strict", corpus.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("2 documents added, 1 duplicates folded, 1 failed");
  }

  @Test
  void a_second_run_adds_nothing() throws Exception {
    CliRun.of("--data", data.toString(), "ingest", corpus.toString());
    CliRun again = CliRun.of("--data", data.toString(), "ingest", "--json", corpus.toString());
    JsonNode summary = JSON.readTree(again.lastOutLine());
    assertThat(summary.get("added").asInt()).isZero();
    assertThat(summary.get("duplicates").asInt()).isEqualTo(3);
    assertThat(summary.get("failed").asInt()).isEqualTo(1);
  }

  @Test
  void lists_documents_as_json_lines_with_the_contract_fields() throws Exception {
    CliRun.of("--data", data.toString(), "ingest", corpus.toString());
    CliRun docs = CliRun.of("--data", data.toString(), "docs", "--json");
    assertThat(docs.exitCode()).isZero();
    List<String> lines = docs.outLines();
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.fieldNames())
        .toIterable()
        .contains("id", "sha256", "origin", "lang", "title", "chars");
    assertThat(first.get("origin").asText()).isEqualTo(corpus.resolve("copy.txt").toString());
    assertThat(first.get("lang").asText()).isEqualTo("fr");
    assertThat(first.get("sha256").asText())
        .isEqualTo(
            org.vigie.core.document.Sha256.hex(Files.readAllBytes(corpus.resolve("copy.txt"))));
    JsonNode second = JSON.readTree(lines.get(1));
    assertThat(second.get("title").asText()).isEqualTo("Kursk");
    assertThat(second.get("lang").asText()).isEqualTo("en");
  }

  @Test
  void accepts_global_options_after_the_command_too() {
    CliRun.of("ingest", "--data", data.toString(), corpus.toString());
    assertThat(CliRun.of("docs", "--data", data.toString(), "--json").outLines()).hasSize(2);
  }

  @Test
  void shows_a_document_by_id_prefix_with_its_text_and_never_a_script() throws Exception {
    CliRun.of("--data", data.toString(), "ingest", corpus.toString());
    String id =
        JSON.readTree(CliRun.of("--data", data.toString(), "docs", "--json").outLines().get(1))
            .get("id")
            .asText();
    CliRun show = CliRun.of("--data", data.toString(), "show", id.substring(0, 6), "--json");
    assertThat(show.exitCode()).isZero();
    JsonNode doc = JSON.readTree(show.out());
    assertThat(doc.get("id").asText()).isEqualTo(id);
    assertThat(doc.get("text").asText())
        .isEqualTo("About 10,000 North Korean soldiers moved to Kursk, the Pentagon said.");
    CliRun human = CliRun.of("--data", data.toString(), "show", id);
    assertThat(human.out()).contains("title:       Kursk").doesNotContain("SCRIPT-TEXT");
  }

  @Test
  void exit_codes_say_what_kind_of_error_it_was() {
    CliRun.of("--data", data.toString(), "ingest", corpus.toString());
    String ids = CliRun.of("--data", data.toString(), "docs").out();
    String absent =
        java.util.stream.Stream.of("0000", "1111", "2222", "3333")
            .filter(p -> !ids.contains("\n" + p))
            .findFirst()
            .orElseThrow();
    CliRun missing = CliRun.of("--data", data.toString(), "show", absent);
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("no document '" + absent + "'");
    CliRun badId = CliRun.of("--data", data.toString(), "show", "xyz");
    assertThat(badId.exitCode()).isEqualTo(2);
    assertThat(badId.err()).contains("is not a document id");
    CliRun noPath =
        CliRun.of("--data", data.toString(), "ingest", corpus.resolve("nope").toString());
    assertThat(noPath.exitCode()).isEqualTo(2);
    assertThat(noPath.err()).contains("no such file or folder");
    CliRun usage = CliRun.of("--data", data.toString(), "ingest");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).contains("Missing required parameter: 'PATH'");
    assertThat(CliRun.of("--help").exitCode()).isZero();
    assertThat(CliRun.of("--help").out()).contains("Exit codes:", "ingest", "docs", "show");
  }
}
