package org.vigie.cli.series;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.CliRun;
import org.vigie.cli.JsonLines;

/** {@code vigie series} on the claims of the example corpus. */
class SeriesStoreCommandTest {

  private static final String NAME = "nk-troops-in-russia";

  @TempDir static Path data;

  @BeforeAll
  static void ingestTheExampleCorpus() {
    CliRun ingest = CliRun.of("--data", data.toString(), "ingest", "../examples/corpus");
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    CliRun create =
        run("series", "create", NAME, "--unit", "soldier", "--actor", "prk", "--description", "x");
    assertThat(create.exitCode()).as(create.err()).isZero();
  }

  @Test
  void lists_the_series_with_its_rule() {
    CliRun list = run("series", "list", "--json");
    JsonNode s = parse(list.lastOutLine());
    assertThat(s.get("name").asText()).isEqualTo(NAME);
    assertThat(s.get("actor").asText()).isEqualTo("PRK");
    assertThat(run("series", "list").out())
        .contains(NAME + " ")
        .contains("unit soldier, actor PRK");
  }

  @Test
  void pools_the_member_claims_into_weekly_estimates_and_source_effects() {
    CliRun pool = run("series", "pool", NAME, "--json");
    assertThat(pool.exitCode()).as(pool.err()).isZero();
    List<JsonNode> lines = pool.outLines().stream().map(SeriesStoreCommandTest::parse).toList();
    List<JsonNode> estimates =
        lines.stream().filter(j -> j.get("kind").asText().equals("estimate")).toList();
    assertThat(estimates).hasSizeGreaterThan(2);
    assertThat(estimates)
        .allSatisfy(
            e ->
                assertThat(e.get("low95").asDouble())
                    .isLessThanOrEqualTo(e.get("median").asDouble()));
    JsonNode model = lines.get(lines.size() - 1);
    assertThat(model.get("kind").asText()).isEqualTo("model");
    assertThat(model.get("series").asText()).isEqualTo(NAME);
    assertThat(model.get("reports").asInt()).isGreaterThan(5);
    assertThat(lines).anyMatch(j -> j.get("kind").asText().equals("source"));
  }

  @Test
  void backtests_the_member_claims_with_the_model_beside_the_random_walk() {
    CliRun backtest = run("series", "backtest", NAME, "--model", "jumps", "--json");
    assertThat(backtest.exitCode()).as(backtest.err()).isZero();
    List<JsonNode> lines = backtest.outLines().stream().map(SeriesStoreCommandTest::parse).toList();
    long forecasts = lines.stream().filter(j -> j.get("kind").asText().equals("forecast")).count();
    List<JsonNode> summaries =
        lines.stream().filter(j -> j.get("kind").asText().equals("backtest")).toList();
    assertThat(summaries)
        .extracting(j -> j.get("process").asText())
        .containsExactly("jumps", "walk");
    assertThat(forecasts).isPositive().isEqualTo(summaries.get(0).get("n").asLong());
    assertThat(summaries.get(0).get("coverage95").asDouble()).isBetween(0.0, 1.0);
    assertThat(run("series", "backtest", NAME).out())
        .contains("in 95% band")
        .doesNotContain("jumps");
    assertThat(run("series", "backtest", "nothing-here").exitCode()).isEqualTo(3);
  }

  @Test
  void an_excluded_claim_leaves_the_pool_and_a_join_brings_it_back() {
    JsonNode member =
        run("series", "show", NAME, "--json").outLines().stream()
            .map(SeriesStoreCommandTest::parse)
            .filter(j -> j.get("kind").asText().equals("member") && j.has("as_of"))
            .findFirst()
            .orElseThrow();
    String claim = member.get("claim").asText();
    int before = reports();
    assertThat(run("series", "exclude", NAME, claim).exitCode()).isZero();
    assertThat(reports()).isEqualTo(before - 1);
    assertThat(run("series", "show", NAME).out()).containsPattern("excluded\\s+" + claim);
    assertThat(run("series", "join", NAME, claim).exitCode()).isZero();
    assertThat(reports()).isEqualTo(before);
  }

  @Test
  void show_prints_members_estimates_sources_and_a_chart() {
    CliRun show = run("series", "show", NAME);
    assertThat(show.out())
        .contains("members,")
        .contains("95% band (soldier)")
        .contains("house effect")
        .contains("░ 95% band");
    assertThat(run("series", "revisions", NAME).exitCode()).isZero();
  }

  @Test
  void errors_exit_with_the_codes_of_the_cli() {
    assertThat(run("series", "create", NAME, "--unit", "soldier").exitCode()).isEqualTo(4);
    assertThat(run("series", "show", "nothing-here").exitCode()).isEqualTo(3);
    assertThat(run("series", "join", NAME, "0000000000000000").exitCode()).isEqualTo(3);
    CliRun bad = run("series", "create", "Bad Name", "--unit", "soldier");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("lower-case");
    assertThat(run("series", "create", "empty", "--unit", "parsec").exitCode()).isZero();
    CliRun empty = run("series", "pool", "empty");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("no claim that can be pooled");
    assertThat(run("series", "delete", "empty").exitCode()).isZero();
    assertThat(run("series", "delete", "empty").exitCode()).isEqualTo(3);
  }

  private static int reports() {
    List<String> lines = run("series", "pool", NAME, "--json").outLines();
    return parse(lines.get(lines.size() - 1)).get("reports").asInt();
  }

  private static JsonNode parse(String line) {
    try {
      return JsonLines.MAPPER.readTree(line);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.of(all);
  }
}
