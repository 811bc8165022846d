package org.vigie.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The board over the worked example of methods.md §6.2, plus a threshold indicator. */
class IndicatorBoardTest {

  private static final Instant DAY0 = Instant.parse("2024-10-08T00:00:00Z");

  private final Scenario combat = new Scenario("combat", 0.2);
  private final Scenario other = new Scenario("other", 0.5);

  private final List<IndicatorDefinition> indicators =
      List.of(
          def("I1", 0.9, 0.1),
          def("I2", 0.8, 0.4),
          def("I3", 0.6, 0.1),
          def("I4", 0.7, 0.2),
          def("I5", 0.5, 0.05));

  private final List<ObservationRecord> events =
      List.of(
          seen("I2", 0, IndicatorState.CONFIRMED),
          seen("I1", 10, IndicatorState.REPORTED),
          seen("I1", 20, IndicatorState.CONFIRMED),
          seen("I4", 20, IndicatorState.REPORTED),
          seen("I5", 40, IndicatorState.CONFIRMED));

  private static IndicatorDefinition def(String id, double p, double pbar) {
    return new IndicatorDefinition("combat", Indicator.of(id, id, p, pbar), null);
  }

  private static ObservationRecord seen(String id, int day, IndicatorState state) {
    return new ObservationRecord(
        IndicatorObservation.of(id, DAY0.plus(Duration.ofDays(day)), state),
        "c" + day,
        "ana",
        null);
  }

  private IndicatorBoard.ScenarioStatus at(int day, SeriesValues series) {
    return IndicatorBoard.of(
            List.of(combat, other), indicators, events, series, DAY0.plus(Duration.ofDays(day)))
        .scenarios()
        .get(0);
  }

  @Test
  void reproduces_the_worked_example_probabilities_and_levels_with_hysteresis() {
    assertThat(at(20, SeriesValues.NONE).probability()).isCloseTo(0.879, within(5e-4));
    assertThat(at(30, SeriesValues.NONE).probability()).isCloseTo(0.835, within(5e-4));
    assertThat(at(30, SeriesValues.NONE).level().rank()).isEqualTo(3);
    assertThat(at(120, SeriesValues.NONE).probability()).isCloseTo(0.643, within(5e-4));
    assertThat(at(120, SeriesValues.NONE).level().rank()).isEqualTo(2);
    assertThat(at(240, SeriesValues.NONE).level().rank()).isEqualTo(1);
  }

  @Test
  void gives_each_indicator_its_latest_state_evidence_and_weight_in_nats() {
    IndicatorBoard.ScenarioStatus s = at(20, SeriesValues.NONE);
    IndicatorBoard.IndicatorStatus i1 = s.indicators().get(0);
    assertThat(i1.state()).isEqualTo(IndicatorState.CONFIRMED);
    assertThat(i1.latest().claimId()).isEqualTo("c20");
    assertThat(i1.weight()).isCloseTo(Math.log(9), within(1e-12));
    assertThat(s.indicators().get(2).state()).isEqualTo(IndicatorState.ABSENT);
    assertThat(s.indicators().get(2).weight()).isZero();
  }

  @Test
  void ignores_observations_made_after_the_board_instant() {
    assertThat(at(5, SeriesValues.NONE).indicators().get(0).state())
        .isEqualTo(IndicatorState.ABSENT);
  }

  @Test
  void a_scenario_without_indicators_stays_at_its_prior() {
    IndicatorBoard board =
        IndicatorBoard.of(List.of(other), indicators, events, SeriesValues.NONE, DAY0);
    assertThat(board.scenarios().get(0).probability()).isCloseTo(0.5, within(1e-12));
    assertThat(board.scenarios().get(0).level().name()).isEqualTo("watch");
  }

  @Test
  void a_threshold_indicator_is_confirmed_by_a_series_value_beyond_it_and_absent_below() {
    ThresholdIndicator above =
        new ThresholdIndicator(
            "T1", "NK troops", ThresholdIndicator.Comparison.ABOVE, 20_000, "soldier");
    IndicatorDefinition t =
        new IndicatorDefinition(
            "other", Indicator.of("T1", "NK troops", 0.9, 0.1), new SeriesThreshold("nk", above));
    Instant now = DAY0;
    IndicatorBoard.ScenarioStatus crossed =
        IndicatorBoard.of(
                List.of(other), List.of(t), List.of(), SeriesValues.of(Map.of("nk", 25_000.0)), now)
            .scenarios()
            .get(0);
    assertThat(crossed.indicators().get(0).state()).isEqualTo(IndicatorState.CONFIRMED);
    assertThat(crossed.indicators().get(0).seriesValue()).isEqualTo(25_000.0);
    assertThat(crossed.probability()).isCloseTo(0.9, within(1e-12));
    IndicatorBoard.ScenarioStatus below =
        IndicatorBoard.of(
                List.of(other), List.of(t), List.of(), SeriesValues.of(Map.of("nk", 15_000.0)), now)
            .scenarios()
            .get(0);
    assertThat(below.indicators().get(0).state()).isEqualTo(IndicatorState.ABSENT);
    assertThat(below.probability()).isCloseTo(0.5, within(1e-12));
  }
}
