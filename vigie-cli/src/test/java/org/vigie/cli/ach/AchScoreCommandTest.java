package org.vigie.cli.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.Cli;
import org.vigie.cli.Environment;
import org.vigie.cli.JsonLines;

class AchScoreCommandTest {

  /** The matrix of methods.md §3.3. */
  private static final String EXAMPLE =
      """
      {"question": "Are North Korean troops deployed for Russia?",
       "hypotheses": ["combat deployment", "labour/support role only", "no deployment"],
       "evidence": [
        {"id": "E1", "text": "imagery: NK personnel at Russian ranges", "credibility": "H",
         "relevance": "M", "ratings": ["C", "C", "II"]},
        {"id": "E2", "text": "Ukrainian MoD claim: NK casualties", "credibility": "L",
         "relevance": "H", "ratings": ["C", "I", "I"]},
        {"id": "E3", "text": "NIS: NK workers at construction sites", "credibility": "H",
         "relevance": "M", "ratings": ["N", "CC", "I"]},
        {"id": "E4", "text": "Russian MFA denial", "credibility": "L", "relevance": "L",
         "ratings": ["N", "N", "C"]},
        {"id": "E5", "text": "no NK insignia in combat footage", "credibility": "M",
         "relevance": "M", "ratings": ["I", "C", "C"]},
        {"id": "E6", "text": "intercepted Korean-language radio near front", "credibility": "M",
         "relevance": "H", "ratings": ["C", "I", "II"]}]}
      """;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    Environment env =
        new Environment(
            Clock.fixed(Instant.parse("2024-11-01T00:00:00Z"), ZoneOffset.UTC), Map.of());
    return Cli.commandLine(env, new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  private Path write(String json) throws IOException {
    Path f = dir.resolve("matrix.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void json_output_reproduces_the_scores_of_the_worked_example() throws IOException {
    assertThat(run("ach", "score", "--json", write(EXAMPLE).toString())).isZero();
    JsonNode root = JsonLines.MAPPER.readTree(out.toString());
    JsonNode scores = root.get("scores");
    assertNumbers(scores.get("heuer"), 0, 1, 2, 4);
    assertNumbers(scores.get("inconsistency"), 0, -1, -2, -6);
    assertNumbers(scores.get("weighted_inconsistency"), 5e-4, -1.000, -2.414, -8.071);
    assertNumbers(scores.get("open_synthesis"), 0, 1, 2, 10);
    assertNumbers(scores.get("bayes"), 5e-5, 0.6768, 0.3215, 0.0017);
    assertNumbers(scores.get("bayes_tempered"), 5e-5, 0.6241, 0.3687, 0.0073);
    assertNumbers(scores.get("bayes_mixture"), 5e-4, 0.468, 0.519, 0.013);
    assertThat(root.at("/leaders/bayes_mixture").toString()).isEqualTo("[\"H2\"]");
    assertThat(root.at("/scheme_disagreement/schemes_disagree").asBoolean()).isTrue();
    assertThat(root.at("/diagnosticity/E6/max_likelihood_ratio").asDouble())
        .isCloseTo(16.0, within(1e-9));
    assertThat(root.at("/diagnosticity/E4/sd").asDouble()).isCloseTo(0.47, within(5e-3));
    assertThat(root.at("/diagnosticity/E4/diagnostic").asBoolean()).isFalse();
  }

  @Test
  void json_output_reports_the_sensitivity_of_the_worked_example() throws IOException {
    assertThat(run("ach", "score", "--json", write(EXAMPLE).toString())).isZero();
    JsonNode s = JsonLines.MAPPER.readTree(out.toString()).get("sensitivity");
    assertThat(s.get("leave_one_out_flips").toString()).isEqualTo("[\"E2\",\"E6\"]");
    assertNumbers(s.at("/leave_one_out/5/posterior"), 5e-4, 0.376, 0.592, 0.031);
    assertThat(s.get("minimal_removal_set").toString()).isEqualTo("[\"E2\",\"E6\"]");
    assertThat(s.get("single_cell_flips")).hasSize(15);
    List<String> cells = new ArrayList<>();
    s.get("single_cell_flips")
        .forEach(
            f ->
                cells.add(
                    f.get("evidence").asText()
                        + "/"
                        + f.get("hypothesis").asText()
                        + " "
                        + f.get("from").asText()
                        + "->"
                        + f.get("to").asText()));
    assertThat(cells)
        .contains("E6/H1 C->I", "E1/H1 C->I", "E5/H1 I->II", "E2/H2 I->C", "E4/H1 N->II");
    assertThat(s.get("deception_check")).hasSize(3);
  }

  @Test
  void text_output_shows_the_matrix_the_scores_and_the_sensitivity() throws IOException {
    assertThat(run("ach", "score", write(EXAMPLE).toString())).isZero();
    String text = out.toString();
    assertThat(text)
        .contains("E4   Russian MFA denial")
        .contains("non-diagnostic")
        .containsPattern("PARC weighted inconsistency +-1\\.000 +-2\\.414 +-8\\.071  H1 leads")
        .containsPattern(
            "Bayes, tempered \\(probability\\) +0\\.6241 +0\\.3687 +0\\.0073  H1 leads")
        .contains("leave-one-out flips: E2, E6")
        .contains("without E6: H2 leads (0.376, 0.592, 0.031)")
        .contains("{E2, E6} -> H2 leads")
        .contains("single-cell flips (linchpin ratings): 15")
        .contains("H2 leads by bayes_mixture");
  }

  @Test
  void an_unknown_rating_names_the_evidence_and_the_field() throws IOException {
    Path f = write(EXAMPLE.replace("[\"N\", \"CC\", \"I\"]", "[\"N\", \"CX\", \"I\"]"));
    assertThat(run("ach", "score", f.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("evidence E3, hypothesis H2: unknown rating \"CX\"")
        .contains("evidence[E3].ratings[1]")
        .contains("CC, C, N, I, II or NA");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void a_row_with_too_few_ratings_is_refused() throws IOException {
    Path f = write(EXAMPLE.replace("[\"I\", \"C\", \"C\"]", "[\"I\", \"C\"]"));
    assertThat(run("ach", "score", f.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("evidence E5 has 2 ratings but the matrix has 3 hypotheses");
  }

  @Test
  void duplicate_evidence_ids_are_refused() throws IOException {
    Path f = write(EXAMPLE.replace("\"id\": \"E6\"", "\"id\": \"E2\""));
    assertThat(run("ach", "score", f.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("duplicate evidence id E2");
  }

  @Test
  void bad_json_is_refused_with_its_position() throws IOException {
    Path f = write(EXAMPLE.substring(0, 200));
    assertThat(run("ach", "score", f.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is not valid JSON (line");
  }

  @Test
  void a_bad_credibility_grade_and_an_unknown_field_are_refused() throws IOException {
    assertThat(
            run(
                "ach",
                "score",
                write(EXAMPLE.replace("\"credibility\": \"L\"", "\"credibility\": \"X\""))
                    .toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("evidence E2: credibility \"X\" is not L, M or H");
    assertThat(
            run(
                "ach",
                "score",
                write(EXAMPLE.replace("\"ratings\": [\"N\", \"N\"", "\"rating\": [\"N\", \"N\""))
                    .toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown field evidence[E4].rating");
  }

  @Test
  void a_missing_file_is_a_usage_error() {
    assertThat(run("ach", "score", dir.resolve("nope.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot read").contains("nope.json");
  }

  @Test
  void ach_without_a_subcommand_is_a_usage_error() {
    assertThat(run("ach")).isEqualTo(2);
    assertThat(err.toString()).contains("score");
  }

  @Test
  void the_shipped_example_matrix_is_valid_and_fully_scored() throws IOException {
    Path example = Path.of("..", "examples", "ach", "nk-troops-role.json");
    assertThat(run("ach", "score", "--json", example.toString())).isZero();
    JsonNode root = JsonLines.MAPPER.readTree(out.toString());
    int rows = root.get("evidence_count").asInt();
    assertThat(rows).isBetween(8, 12);
    assertThat(root.get("diagnosticity")).hasSize(rows);
    root.get("scores").forEach(s -> assertThat(s).hasSize(root.get("hypotheses").size()));
  }

  private static void assertNumbers(JsonNode array, double tolerance, double... expected) {
    assertThat(array).hasSize(expected.length);
    for (int j = 0; j < expected.length; j++) {
      assertThat(array.get(j).asDouble())
          .as("H%d", j + 1)
          .isCloseTo(expected[j], within(tolerance));
    }
  }
}
