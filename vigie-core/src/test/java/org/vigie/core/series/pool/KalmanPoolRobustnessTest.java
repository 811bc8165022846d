package org.vigie.core.series.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.series.Grid;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolResult;
import org.vigie.core.series.PoolSettings;

class KalmanPoolRobustnessTest {

  private static final LocalDate D0 = LocalDate.of(2024, 11, 4);

  private static List<Observation> steady() {
    List<Observation> reports = new ArrayList<>();
    for (int w = 0; w < 6; w++) {
      reports.add(Observation.point("A", D0.plusWeeks(w), 11_000 + 100 * w));
      reports.add(Observation.point("B", D0.plusWeeks(w).plusDays(2), 11_500 - 100 * w));
    }
    return reports;
  }

  private static PoolResult pool(List<Observation> reports, PoolSettings settings) {
    return KalmanPool.pool(reports, Grid.WEEK.covering(D0, D0.plusWeeks(6)), settings);
  }

  @Test
  void a_wild_report_is_noted_and_moves_the_level_less_than_without_robustness() {
    List<Observation> reports = new ArrayList<>(steady());
    reports.add(Observation.point("C", D0.plusWeeks(3), 110_000));
    PoolResult robust = pool(reports, PoolSettings.defaults());
    PoolResult naive =
        pool(reports, PoolSettings.defaults().withOutlierThreshold(Double.POSITIVE_INFINITY));
    double clean = pool(steady(), PoolSettings.defaults()).estimates().get(3).median();
    assertThat(robust.notes())
        .anyMatch(n -> n.source().equals("C") && n.message().contains("outlier"));
    assertThat(Math.abs(Math.log(robust.estimates().get(3).median() / clean)))
        .isLessThan(Math.abs(Math.log(naive.estimates().get(3).median() / clean)));
  }

  @Test
  void an_echo_counts_once() {
    Observation figure = Observation.point("NIS", D0, 11_000).withEchoKey("NIS 2024-11-04");
    Observation relay = Observation.point("NIS", D0, 11_000).withEchoKey("NIS 2024-11-04");
    List<Observation> once = new ArrayList<>(steady());
    once.add(figure);
    List<Observation> twice = new ArrayList<>(once);
    twice.add(relay);
    PoolResult a = pool(once, PoolSettings.defaults());
    PoolResult b = pool(twice, PoolSettings.defaults());
    assertThat(b.reportsUsed()).isEqualTo(a.reportsUsed());
    assertThat(b.estimates().get(0).median()).isEqualTo(a.estimates().get(0).median());
    assertThat(b.notes()).anyMatch(n -> n.message().contains("echo"));
  }

  @Test
  void a_source_repeating_its_figure_unchanged_adds_no_information() {
    List<Observation> reports =
        List.of(
            Observation.point("A", D0, 10_000),
            Observation.point("A", D0.plusWeeks(1), 10_000),
            Observation.point("B", D0.plusWeeks(2), 12_000));
    PoolResult result = pool(reports, PoolSettings.defaults());
    assertThat(result.reportsUsed()).isEqualTo(2);
    assertThat(result.notes()).anyMatch(n -> n.message().contains("unchanged"));
  }

  @Test
  void a_lower_bound_above_the_level_pulls_it_up_and_an_upper_bound_below_pulls_it_down() {
    double base = pool(steady(), PoolSettings.defaults()).estimates().get(6).median();
    List<Observation> withFloor = new ArrayList<>(steady());
    withFloor.add(Observation.atLeast("C", D0.plusWeeks(6), 13_000));
    List<Observation> withCeiling = new ArrayList<>(steady());
    withCeiling.add(Observation.atMost("C", D0.plusWeeks(6), 9_000));
    assertThat(pool(withFloor, PoolSettings.defaults()).estimates().get(6).median())
        .isGreaterThan(base);
    assertThat(pool(withCeiling, PoolSettings.defaults()).estimates().get(6).median())
        .isLessThan(base);
  }

  @Test
  void a_bound_the_level_already_satisfies_changes_almost_nothing() {
    double base = pool(steady(), PoolSettings.defaults()).estimates().get(6).median();
    List<Observation> reports = new ArrayList<>(steady());
    reports.add(Observation.atLeast("C", D0.plusWeeks(6), 1_000));
    assertThat(pool(reports, PoolSettings.defaults()).estimates().get(6).median())
        .isCloseTo(base, within(base * 1e-3));
  }

  @Test
  void the_band_widens_between_reports_and_narrows_at_them() {
    List<Observation> reports =
        List.of(
            Observation.point("A", D0, 10_000), Observation.point("A", D0.plusWeeks(8), 12_000));
    PoolResult r =
        KalmanPool.pool(reports, Grid.WEEK.covering(D0, D0.plusWeeks(8)), PoolSettings.defaults());
    assertThat(r.estimates().get(4).sdLog()).isGreaterThan(r.estimates().get(0).sdLog());
    assertThat(r.estimates().get(4).sdLog()).isGreaterThan(r.estimates().get(8).sdLog());
  }
}
