package org.vigie.cli.series;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.Cli;
import org.vigie.cli.Environment;
import org.vigie.cli.JsonLines;

class SeriesCommandsTest {

  /** The public facts of the shared timeline, shipped as the project's example data. */
  private static final String REAL = "../examples/timeline/nk-estimates.csv";

  private static final String HEADER =
      "date,date_precision,period,source_org,speaker,reported_via,quantity,value,low,high,"
          + "qualifier,unit,scope,quoted_phrase,page_url,page_lang,notes\n";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    Environment environment =
        new Environment(
            Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), Map.of());
    return Cli.commandLine(environment, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      nodes.add(JsonLines.MAPPER.readTree(line));
    }
    return nodes;
  }

  /** Worked example 2 of methods §2.3: one source's successive figures for one target. */
  private Path workedExample2() throws IOException {
    int[] figures = {3000, 5000, 7000, 8000, 10_000, 11_000, 11_000, 12_000, 12_500};
    StringBuilder csv = new StringBuilder(HEADER);
    LocalDate d = LocalDate.of(2024, 10, 7);
    for (int i = 0; i < figures.length; i++) {
      csv.append(d.plusWeeks(i))
          .append(",day,main,Source S,,\"Outlet, Inc.\",fixed_target,")
          .append(figures[i])
          .append(",,,exact,troops,,\"said \"\"")
          .append(figures[i])
          .append("\"\"\",https://example.org,en,\n");
    }
    Path file = dir.resolve("example2.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void revisions_reproduce_worked_example_2_as_json() throws IOException {
    int code = run("revisions", workedExample2().toString(), "--series", "fixed_target", "--json");
    assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
    List<JsonNode> rows = jsonLines();
    assertThat(rows).hasSize(2);
    JsonNode fixed = rows.get(0);
    assertThat(fixed.get("basis").asText()).isEqualTo("fixed-target");
    assertThat(fixed.get("n").asInt()).isEqualTo(8);
    assertThat(fixed.get("sign_p").asDouble()).isCloseTo(0.00781, within(5e-6));
    assertThat(fixed.get("wilcoxon_p").asDouble()).isCloseTo(0.00781, within(5e-6));
    assertThat(fixed.get("t").asDouble()).isCloseTo(2.945, within(5e-4));
    assertThat(fixed.get("nordhaus_beta").asDouble()).isCloseTo(0.489, within(5e-4));
    assertThat(fixed.get("nordhaus_t").asDouble()).isCloseTo(2.50, within(5e-3));
    assertThat(fixed.get("nordhaus_reading").asText()).isEqualTo("insufficient data");
    assertThat(fixed.get("acf1").asDouble()).isCloseTo(0.406, within(5e-4));
    assertThat(fixed.get("ljung_box_q").asDouble()).isCloseTo(1.883, within(5e-4));
    assertThat(fixed.get("p_up").asDouble()).isCloseTo(0.9961, within(5e-5));
    assertThat(fixed.get("runs_z").isNull()).isTrue();
    assertThat(fixed.get("flag").asText()).isEqualTo("upward");
    JsonNode consensus = rows.get(1);
    assertThat(consensus.get("basis").asText()).isEqualTo("consensus-deviation");
    assertThat(consensus.get("flag").asText()).isEqualTo("insufficient data");
  }

  @Test
  void revisions_table_names_both_bases_and_the_flag() throws IOException {
    assertThat(run("revisions", workedExample2().toString(), "--series", "fixed_target"))
        .isEqualTo(Cli.OK);
    assertThat(out.toString())
        .contains("Fixed-target")
        .contains("Consensus-deviation")
        .contains("Source S")
        .contains("upward")
        .contains("0.0078");
  }

  @Test
  void pool_on_the_shared_timeline_puts_troops_near_12000_in_early_december() throws IOException {
    assertThat(run("pool", REAL, "--series", "nk_troops_in_russia", "--json"))
        .as(err.toString())
        .isEqualTo(Cli.OK);
    List<JsonNode> lines = jsonLines();
    JsonNode december =
        lines.stream()
            .filter(n -> n.get("kind").asText().equals("estimate"))
            .filter(n -> n.get("date").asText().equals("2024-12-02"))
            .findFirst()
            .orElseThrow();
    assertThat(december.get("median").asDouble()).isBetween(10_000.0, 13_500.0);
    assertThat(december.get("low95").asDouble()).isLessThan(11_000.0);
    assertThat(december.get("high95").asDouble()).isGreaterThan(12_000.0);
    assertThat(lines)
        .anyMatch(
            n ->
                n.get("kind").asText().equals("source")
                    && n.get("source").asText().equals("South Korea NIS")
                    && n.get("reports").asInt() == 3);
    assertThat(lines.get(lines.size() - 1).get("kind").asText()).isEqualTo("model");
  }

  @Test
  void with_jumps_the_troop_plateau_keeps_a_band_narrower_than_three_times() throws IOException {
    assertThat(run("pool", REAL, "--series", "nk_troops_in_russia", "--model", "jumps", "--json"))
        .as(err.toString())
        .isEqualTo(Cli.OK);
    List<JsonNode> lines = jsonLines();
    List<JsonNode> plateau =
        lines.stream()
            .filter(n -> n.get("kind").asText().equals("estimate"))
            .filter(n -> n.get("date").asText().compareTo("2024-11-04") >= 0)
            .filter(n -> n.get("date").asText().compareTo("2025-01-20") <= 0)
            .toList();
    assertThat(plateau).hasSize(12);
    assertThat(plateau)
        .allSatisfy(
            n -> {
              assertThat(n.get("high95").asDouble() / n.get("low95").asDouble()).isLessThan(3);
              assertThat(n.get("low95").asDouble()).isLessThan(11_000);
              assertThat(n.get("high95").asDouble()).isGreaterThan(11_000);
            });
    JsonNode model = lines.get(lines.size() - 1);
    assertThat(model.get("process").asText()).isEqualTo("jumps");
    assertThat(model.get("jump_sd_log_range")).hasSize(2);
    assertThat(model.get("jumps_per_day").asDouble()).isPositive();
  }

  @Test
  void the_backtest_gives_each_forecast_and_a_summary_for_the_model_and_the_walk()
      throws IOException {
    assertThat(
            run(
                "pool",
                REAL,
                "--series",
                "nk_troops_in_russia",
                "--model",
                "jumps",
                "--backtest",
                "--json"))
        .as(err.toString())
        .isEqualTo(Cli.OK);
    List<JsonNode> lines = jsonLines();
    List<JsonNode> forecasts =
        lines.stream().filter(n -> n.get("kind").asText().equals("forecast")).toList();
    List<JsonNode> summaries =
        lines.stream().filter(n -> n.get("kind").asText().equals("backtest")).toList();
    assertThat(summaries)
        .extracting(n -> n.get("process").asText())
        .containsExactly("jumps", "walk");
    JsonNode jumps = summaries.get(0);
    assertThat(jumps.get("n").asInt()).isEqualTo(forecasts.size()).isGreaterThan(5);
    long in95 = forecasts.stream().filter(n -> n.get("in95").asBoolean()).count();
    assertThat(jumps.get("coverage95").asDouble())
        .isCloseTo((double) in95 / forecasts.size(), within(1e-4));
    assertThat(jumps.get("log_score").asDouble())
        .isGreaterThan(summaries.get(1).get("log_score").asDouble());
  }

  @Test
  void an_unknown_model_exits_2_and_names_both() {
    assertThat(run("pool", REAL, "--series", "nk_troops_in_russia", "--model", "kalman"))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("walk").contains("jumps");
  }

  @Test
  void pool_table_has_the_estimates_the_sources_and_a_log_scale_chart() {
    assertThat(run("pool", REAL, "--series", "nk_casualties_total")).isEqualTo(Cli.OK);
    assertThat(out.toString())
        .contains("95% band (casualties)")
        .contains("maximum likelihood")
        .contains("Ukraine HUR")
        .contains("casualties (log scale)")
        .contains("━");
  }

  @Test
  void a_daily_grid_gives_one_estimate_per_day() throws IOException {
    assertThat(
            run(
                "pool",
                workedExample2().toString(),
                "--series",
                "fixed_target",
                "--grid",
                "day",
                "--json",
                "--q",
                "0.01"))
        .isEqualTo(Cli.OK);
    long estimates =
        jsonLines().stream().filter(n -> n.get("kind").asText().equals("estimate")).count();
    assertThat(estimates).isEqualTo(8 * 7 + 1);
  }

  @Test
  void an_unknown_series_exits_2_and_lists_the_series_in_the_file() {
    assertThat(run("pool", REAL, "--series", "nk_tanks")).isEqualTo(Cli.USAGE);
    assertThat(err.toString())
        .contains("no series 'nk_tanks'")
        .contains("nk_troops_in_russia")
        .contains("nk_casualties_total");
  }

  @Test
  void a_missing_file_exits_2_with_a_clear_message() {
    assertThat(run("revisions", dir.resolve("nope.csv").toString(), "--series", "x"))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("no such file").contains("nope.csv");
  }

  @Test
  void a_bad_q_exits_2() throws IOException {
    assertThat(run("pool", workedExample2().toString(), "--series", "fixed_target", "--q", "fast"))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString()).contains("--q takes 'auto' or a positive number");
  }

  @Test
  void help_shows_examples() {
    assertThat(run("pool", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString()).contains("Examples:").contains("--series");
  }
}
