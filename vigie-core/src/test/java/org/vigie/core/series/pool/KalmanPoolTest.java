package org.vigie.core.series.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolResult;
import org.vigie.core.series.PoolSettings;
import org.vigie.core.series.PooledPoint;

/** Worked example 1a of methods §1.2: known house effects, weekly grid, filter and RTS smoother. */
class KalmanPoolTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 10, 7);

  private static LocalDate week(int t) {
    return MONDAY.plusWeeks(t);
  }

  private static PoolResult example1a() {
    List<Observation> reports =
        List.of(
            Observation.point("A", week(0), 10_000),
            Observation.point("B", week(1), 11_000),
            Observation.point("C", week(2), 12_000),
            Observation.point("A", week(3), 15_000),
            Observation.point("B", week(5), 12_000));
    PoolSettings settings =
        PoolSettings.defaults()
            .withQPerDay(0.01 / 7)
            .withPrior(5000, 1.0)
            .withKnownBias("A", 1.2)
            .withKnownBias("B", 1.0)
            .withKnownBias("C", 1.0)
            .withNoiseSd("A", 0.2)
            .withNoiseSd("B", 0.15)
            .withNoiseSd("C", 0.1);
    List<LocalDate> grid = List.of(week(0), week(1), week(2), week(3), week(4), week(5));
    return KalmanPool.pool(reports, grid, settings);
  }

  @Test
  void example_1a_filtered_medians() {
    assertThat(example1a().filtered().stream().map(p -> Math.round(p.median())))
        .containsExactly(8171L, 10011L, 11400L, 11720L, 11720L, 11884L);
  }

  @Test
  void example_1a_smoothed_medians_and_sd_log() {
    PoolResult result = example1a();
    assertThat(result.estimates().stream().map(p -> Math.round(p.median())))
        .containsExactly(10287L, 10921L, 11558L, 11781L, 11832L, 11884L);
    double[] sd = {0.1144, 0.0905, 0.0762, 0.0968, 0.1146, 0.1149};
    for (int t = 0; t < sd.length; t++) {
      assertThat(result.estimates().get(t).sdLog()).as("t=%d", t).isCloseTo(sd[t], within(5e-5));
    }
  }

  @Test
  void example_1a_band_in_the_week_without_a_report() {
    PooledPoint t4 = example1a().estimates().get(4);
    assertThat(Math.round(t4.low95())).isEqualTo(9453);
    assertThat(Math.round(t4.high95())).isEqualTo(14_811);
    assertThat(t4.low50()).isBetween(t4.low95(), t4.median());
  }

  @Test
  void example_1a_needs_no_outlier_inflation_and_drops_nothing() {
    PoolResult result = example1a();
    assertThat(result.notes()).isEmpty();
    assertThat(result.reportsUsed()).isEqualTo(5);
    assertThat(result.sources()).allSatisfy(s -> assertThat(s.fixed()).isTrue());
  }

  @Test
  void the_smoothed_estimate_does_not_depend_on_the_grid() {
    PoolResult weekly = example1a();
    List<Observation> reports =
        List.of(
            Observation.point("A", week(0), 10_000),
            Observation.point("B", week(1), 11_000),
            Observation.point("C", week(2), 12_000),
            Observation.point("A", week(3), 15_000),
            Observation.point("B", week(5), 12_000));
    PoolResult daily =
        KalmanPool.pool(
            reports, org.vigie.core.series.Grid.DAY.covering(week(0), week(5)), weekly.settings());
    assertThat(daily.estimates()).hasSize(36);
    assertThat(daily.estimates().get(28).median())
        .isCloseTo(weekly.estimates().get(4).median(), within(1e-6));
  }
}
