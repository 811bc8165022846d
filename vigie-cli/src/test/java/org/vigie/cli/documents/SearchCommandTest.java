package org.vigie.cli.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.CliRun;

/** The CLI contract of search, reindex and delete: output shapes, exit codes, repairs. */
class SearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  @TempDir Path corpus;

  @BeforeEach
  void ingest() throws IOException {
    Files.writeString(
        corpus.resolve("wire.jsonl"),
        String.join(
            "\n",
            "{\"url\":\"https://example.org/fr\",\"title\":\"Koursk\",\"published\":\"2024-11-04\","
                + "\"source\":\"Le Monde\",\"text\":\"Selon Séoul, environ 11 000 soldats"
                + " nord-coréens sont déployés dans la région de Koursk.\"}",
            "{\"url\":\"https://example.org/ko\",\"title\":\"국정원\",\"published\":\"2024-10-18\","
                + "\"source\":\"Yonhap\",\"text\":\"국정원은 북한이 특수부대 1만2천 명을 러시아에"
                + " 파병하기로 결정했다고 밝혔다.\"}",
            "{\"url\":\"https://example.org/uk\",\"title\":\"ГУР\",\"published\":\"2025-01-12\","
                + "\"source\":\"Ukrinform\",\"text\":\"За даними розвідки, військові КНДР"
                + " зазнали значних втрат у Курській області.\"}"),
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("note.txt"),
        "A soldier of the North Korean army was captured near Kursk, officials said.",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("--data", data.toString(), "ingest", corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private CliRun vigie(String... args) {
    List<String> all = new ArrayList<>(List.of("--data", data.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static List<JsonNode> lines(CliRun run) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : run.outLines()) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void prints_one_json_line_per_hit_then_the_counts() throws IOException {
    CliRun run = vigie("search", "soldats", "OR", "soldier", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).as("ingest indexed every document: nothing to repair").isEmpty();
    List<JsonNode> lines = lines(run);
    assertThat(lines).hasSize(3);
    JsonNode first = lines.get(0);
    assertThat(first.get("kind").asText()).isEqualTo("hit");
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly(
            "kind",
            "id",
            "score",
            "title",
            "origin",
            "lang",
            "published",
            "source",
            "snippet",
            "marks");
    JsonNode french =
        lines.stream().filter(l -> "fr".equals(l.path("lang").asText())).findFirst().orElseThrow();
    assertThat(french.get("published").asText()).isEqualTo("2024-11-04");
    assertThat(french.get("source").asText()).isEqualTo("Le Monde");
    int start = french.get("marks").get(0).get(0).asInt();
    int end = french.get("marks").get(0).get(1).asInt();
    assertThat(french.get("snippet").asText().substring(start, end)).isEqualTo("soldats");
    JsonNode facets = lines.get(2);
    assertThat(facets.get("kind").asText()).isEqualTo("facets");
    assertThat(facets.get("total").asInt()).isEqualTo(2);
    assertThat(facets.get("lang").get("fr").asInt()).isEqualTo(1);
    assertThat(facets.get("lang").get("en").asInt()).isEqualTo(1);
    assertThat(facets.get("month").get("2024-11").asInt()).isEqualTo(1);
  }

  @Test
  void finds_words_in_any_form_and_any_of_the_languages() throws IOException {
    assertThat(lines(vigie("search", "військових", "--json")).get(0).get("title").asText())
        .isEqualTo("ГУР");
    assertThat(lines(vigie("search", "북한군", "--json")).get(0).get("title").asText())
        .isEqualTo("국정원");
    // Kursk in English and French; the Ukrainian Курській is another word to the index.
    assertThat(lines(vigie("search", "kursk", "OR", "koursk", "--json"))).hasSize(3);
  }

  @Test
  void filters_by_month_and_year_bounds_and_by_source() throws IOException {
    JsonNode counts = lines(vigie("search", "--from", "2024-11", "--to", "2024", "--json")).get(0);
    assertThat(counts.get("kind").asText()).isEqualTo("hit");
    List<JsonNode> lines = lines(vigie("search", "--from", "2024-11", "--to", "2024", "--json"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("source").asText()).isEqualTo("Le Monde");
    assertThat(lines(vigie("search", "--source", "YONHAP", "--json")).get(0).get("lang").asText())
        .isEqualTo("ko");
  }

  @Test
  void prints_hits_with_their_matches_marked_and_the_counts() {
    CliRun run = vigie("search", "soldats", "--lang", "fr");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("1 document match; showing 1-1, best first:")
        .contains("fr  2024-11-04  Le Monde")
        .contains("Koursk")
        .contains("**soldats**")
        .contains("languages: fr 1")
        .contains("months:    2024-11 1");
  }

  @Test
  void says_so_when_nothing_matches() {
    CliRun run = vigie("search", "zeppelin");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("No document matches." + System.lineSeparator());
  }

  @Test
  void exits_2_with_the_reason_on_a_query_or_option_it_cannot_use() {
    CliRun badQuery = vigie("search", "\"soldats");
    assertThat(badQuery.exitCode()).isEqualTo(2);
    assertThat(badQuery.err()).contains("vigie: cannot read the query '\"soldats'");
    CliRun badDate = vigie("search", "x", "--from", "2024-13");
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("'2024-13' is not a date: give YYYY-MM-DD, YYYY-MM or YYYY");
    CliRun badRange = vigie("search", "x", "--from", "2025", "--to", "2024");
    assertThat(badRange.exitCode()).isEqualTo(2);
    assertThat(badRange.err()).contains("the range starts (2025-01-01) after it ends (2024-12-31)");
    assertThat(vigie("search", "x", "--limit", "0").exitCode()).isEqualTo(2);
  }

  @Test
  void reindexes_and_reports_the_count() throws IOException {
    CliRun run = vigie("reindex", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode o = JSON.readTree(run.lastOutLine());
    assertThat(o.get("documents").asInt()).isEqualTo(4);
    assertThat(o.get("index_bytes").asLong()).isPositive();
    assertThat(vigie("reindex").out()).startsWith("Indexed 4 documents in ");
  }

  @Test
  void repairs_a_damaged_index_and_says_so_on_stderr() throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("index"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }
    CliRun run = vigie("search", "soldats", "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("vigie: the search index in " + data.resolve("index") + " could not be read")
        .contains("rebuilt it from the store: 4 documents");
    assertThat(lines(run)).hasSize(2);
    assertThat(vigie("search", "soldats").err()).isEmpty();
  }

  @Test
  void deletes_a_document_from_the_store_and_the_index() throws IOException {
    String id = lines(vigie("search", "koursk", "--json")).get(0).get("id").asText();
    CliRun run = vigie("delete", id.substring(0, 6));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Deleted "
                + id
                + " (Koursk); its original stays in the archive."
                + System.lineSeparator());
    assertThat(vigie("search", "koursk").out()).startsWith("No document matches.");
    assertThat(vigie("docs").out()).doesNotContain(id);
    CliRun again = vigie("delete", id);
    assertThat(again.exitCode()).isEqualTo(3);
    assertThat(again.err()).contains("no document '" + id + "'");
  }
}
