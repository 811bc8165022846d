package org.vigie.cli.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.CliRun;

/** vigie indicators define / observe / show on a SQLite store. */
class IndicatorsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  private CliRun vigie(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.of(all);
  }

  private void define() {
    CliRun d =
        vigie(
            "indicators",
            "define",
            "combat",
            "--scenario",
            "nk",
            "--prior",
            "0.2",
            "--p",
            "0.9",
            "--pbar",
            "0.1",
            "--label",
            "NK troops in combat");
    assertThat(d.exitCode()).isZero();
    assertThat(d.out()).contains("seen adds 2.20 nats");
    vigie(
        "indicators",
        "define",
        "over-20k",
        "--scenario",
        "nk",
        "--series",
        "nk-troops",
        "--threshold",
        "20000",
        "--above",
        "--unit",
        "soldier",
        "--if-scenario",
        "L");
  }

  @Test
  void rolls_a_confirmed_indicator_into_the_scenario_probability_and_level() throws Exception {
    define();
    CliRun o =
        vigie(
            "indicators",
            "observe",
            "combat",
            "confirmed",
            "--date",
            "2024-12-16",
            "--note",
            "Pentagon confirms");
    assertThat(o.out())
        .isEqualTo("combat is confirmed (confidence 1.00) from 2024-12-16T00:00:00Z\n");
    // odds 0.25 × 9 = 2.25, P = 2.25 / 3.25
    CliRun shown = vigie("indicators", "show", "--at", "2024-12-16");
    assertThat(shown.out())
        .startsWith("nk: L2 warning, P = 0.692 (likely; prior 0.20, log-odds +0.81 nats)")
        .contains("confirmed     +2.20 nats  combat")
        .contains("[since 2024-12-16, Pentagon confirms]")
        .contains("not observed  +0.00 nats  over-20k             over-20k > 20000 soldier");
    JsonNode later =
        JSON.readTree(vigie("indicators", "show", "--at", "2025-02-14", "--json").out());
    // 60 days on, the observation keeps half its weight: odds 0.25 × 3
    assertThat(later.at("/scenarios/0/probability").asDouble())
        .isCloseTo(0.75 / 1.75, within(1e-9));
    assertThat(later.at("/scenarios/0/indicators/0/observed/note").asText())
        .isEqualTo("Pentagon confirms");
  }

  @Test
  void a_series_value_beyond_the_threshold_confirms_the_threshold_indicator() throws Exception {
    define();
    JsonNode b =
        JSON.readTree(
            vigie("indicators", "show", "--series-value", "nk-troops=25000", "--json").out());
    JsonNode t = b.at("/scenarios/0/indicators/1");
    assertThat(t.get("state").asText()).isEqualTo("confirmed");
    assertThat(t.at("/threshold/value").asDouble()).isEqualTo(25000);
    // prior odds 0.25 × 0.7 / 0.2
    assertThat(b.at("/scenarios/0/probability").asDouble()).isCloseTo(0.875 / 1.875, within(1e-9));
  }

  @Test
  void says_what_is_wrong_with_exit_codes() {
    define();
    assertThat(vigie("indicators", "observe", "combat", "maybe").err())
        .contains("not-observed, possible");
    assertThat(vigie("indicators", "observe", "nothing", "likely").exitCode()).isEqualTo(3);
    assertThat(vigie("indicators", "observe", "combat", "likely", "--evidence", "nope").exitCode())
        .isEqualTo(3);
    assertThat(vigie("indicators", "define", "combat", "--scenario", "nk").exitCode()).isEqualTo(4);
    assertThat(vigie("indicators", "define", "x", "--scenario", "nk", "--series", "s").err())
        .contains("--threshold");
  }
}
