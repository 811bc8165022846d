package org.vigie.core.series.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.series.Forecast;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;
import org.vigie.core.series.PooledPoint;
import org.vigie.core.series.timeline.Timeline;

/**
 * The calibration backtest on the three main series of the example timeline (the public estimates
 * of North Korean troops in Russia, their casualties and the shells supplied), for the plain random
 * walk with q by maximum likelihood and for the model with jumps.
 */
class BacktestTest {

  private static final Path EXAMPLE = Path.of("../examples/timeline/nk-estimates.csv");
  private static final List<String> SERIES =
      List.of("nk_troops_in_russia", "nk_casualties_total", "nk_artillery_shells_supplied");

  private static List<Observation> reports(String series) throws IOException {
    return Timeline.parse(Files.readString(EXAMPLE, StandardCharsets.UTF_8))
        .series(series)
        .observations();
  }

  static PoolSettings randomWalk(List<Observation> reports) {
    return PoolSettings.defaults()
        .withQPerDay(QEstimate.maximumLikelihood(reports, PoolSettings.defaults()).qPerDay());
  }

  static PoolSettings withJumps(List<Observation> reports) {
    return JumpFit.fit(reports, PoolSettings.defaults()).settings();
  }

  private static Backtest.Result together(
      java.util.function.Function<List<Observation>, PoolSettings> model) throws IOException {
    List<Forecast> all = new ArrayList<>();
    for (String s : SERIES) {
      all.addAll(Backtest.run(reports(s), model).forecasts());
    }
    return Backtest.Result.of(all);
  }

  @Test
  void the_model_with_jumps_is_calibrated_and_sharper_than_the_random_walk() throws IOException {
    Backtest.Result walk = together(BacktestTest::randomWalk);
    Backtest.Result jumps = together(BacktestTest::withJumps);
    assertThat(jumps.n()).isEqualTo(walk.n()).isEqualTo(26);
    // Measured: random walk 0.73 / 0.88, log score -1.82; with jumps 0.69 / 0.92, -0.91.
    assertThat(jumps.coverage95()).isBetween(0.88, 0.98);
    assertThat(jumps.coverage50()).isBetween(0.4, 0.75);
    assertThat(jumps.logScore()).isGreaterThan(walk.logScore() + 0.5);
  }

  @Test
  void the_troop_plateau_keeps_a_band_officials_figures_fit_in() throws IOException {
    List<Observation> troops = reports("nk_troops_in_russia");
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2024, 11, 4);
        d.isBefore(LocalDate.of(2025, 1, 25));
        d = d.plusWeeks(1)) {
      weeks.add(d);
    }
    List<PooledPoint> walk = KalmanPool.pool(troops, weeks, randomWalk(troops)).estimates();
    List<PooledPoint> jumps = KalmanPool.pool(troops, weeks, withJumps(troops)).estimates();
    assertThat(jumps)
        .allSatisfy(
            p -> {
              assertThat(p.high95() / p.low95()).as("band on %s", p.date()).isLessThan(3);
              assertThat(p.low95()).as("low on %s", p.date()).isLessThan(11_000);
              assertThat(p.high95()).as("high on %s", p.date()).isGreaterThan(11_000);
            });
    PooledPoint december = jumps.get(weeks.indexOf(LocalDate.of(2024, 12, 2)));
    assertThat(december.median()).isBetween(10_000.0, 13_000.0);
    // The random walk needs a large q for the build-up and pays for it on the plateau.
    PooledPoint january = walk.get(weeks.indexOf(LocalDate.of(2025, 1, 6)));
    assertThat(january.high95() / january.low95()).isGreaterThan(5);
  }

  @Test
  void a_step_between_two_plateaus_is_followed_at_once_and_the_plateaus_stay_narrow() {
    List<Observation> reports = new ArrayList<>();
    LocalDate start = LocalDate.of(2024, 1, 1);
    double[] figures = {3000, 3100, 2900, 3050, 9800, 10_200, 9900, 10_100, 10_000};
    for (int i = 0; i < figures.length; i++) {
      reports.add(Observation.point("S" + (i % 3), start.plusWeeks(2L * i), figures[i]));
    }
    List<LocalDate> grid = reports.stream().map(Observation::asOf).toList();
    PoolSettings fitted = withJumps(reports);
    List<PooledPoint> jumps = KalmanPool.pool(reports, grid, fitted).filtered();
    assertThat(jumps.get(4).median()).as("the first report after the step").isGreaterThan(8000);
    PooledPoint last = KalmanPool.pool(reports, grid, fitted).estimates().get(8);
    PooledPoint walkLast = KalmanPool.pool(reports, grid, randomWalk(reports)).estimates().get(8);
    assertThat(last.high95() / last.low95()).isLessThan(walkLast.high95() / walkLast.low95());
  }
}
