package org.vigie.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vigie.core.error.InvalidInputException;

/** The worked example of methods.md §6.2. */
class EscalationModelTest {

  private static final Instant DAY0 = Instant.parse("2024-10-08T00:00:00Z");

  private final EscalationModel model =
      EscalationModel.of(
          0.2,
          List.of(
              Indicator.of("I1", "NK troops in combat", 0.9, 0.1),
              Indicator.of("I2", "munitions shipments up", 0.8, 0.4),
              Indicator.of("I3", "NK generals at front", 0.6, 0.1),
              Indicator.of("I4", "second contingent", 0.7, 0.2),
              Indicator.of("I5", "Pyongyang acknowledges", 0.5, 0.05)));

  private final List<IndicatorObservation> events =
      List.of(
          IndicatorObservation.of("I2", day(0), IndicatorState.CONFIRMED),
          IndicatorObservation.of("I1", day(10), IndicatorState.REPORTED),
          IndicatorObservation.of("I1", day(20), IndicatorState.CONFIRMED),
          IndicatorObservation.of("I4", day(20), IndicatorState.REPORTED),
          IndicatorObservation.of("I5", day(40), IndicatorState.CONFIRMED));

  private static Instant day(int d) {
    return DAY0.plus(Duration.ofDays(d));
  }

  @Test
  void reproduces_the_worked_example_table_with_hysteresis() {
    int[] days = {0, 10, 20, 30, 40, 60, 120, 240};
    List<Assessment> track =
        model.track(events, IntStream.of(days).mapToObj(EscalationModelTest::day).toList());
    double[] expectedP = {0.333, 0.582, 0.879, 0.835, 0.973, 0.929, 0.643, 0.291};
    int[] expectedLevel = {1, 1, 3, 3, 3, 3, 2, 1};
    for (int k = 0; k < days.length; k++) {
      assertThat(track.get(k).probability())
          .as("day %d", days[k])
          .isCloseTo(expectedP[k], within(5e-4));
      assertThat(track.get(k).level().rank()).as("day %d", days[k]).isEqualTo(expectedLevel[k]);
    }
  }

  @Test
  void hysteresis_holds_alert_at_day_30_although_p_is_below_its_threshold() {
    double p30 = model.probability(events, day(30));
    assertThat(p30).isLessThan(0.85);
    Level alert = EscalationModel.DEFAULT_LADDER.get(3);
    assertThat(model.next(alert, p30)).isEqualTo(alert);
    assertThat(model.next(EscalationModel.DEFAULT_LADDER.get(2), p30).rank()).isEqualTo(2);
  }

  @Test
  void a_collapse_of_p_lowers_the_level_all_the_way_in_one_assessment() {
    assertThat(model.next(EscalationModel.DEFAULT_LADDER.get(3), 0.05).rank()).isZero();
    assertThat(model.next(EscalationModel.DEFAULT_LADDER.get(3), 0.70).rank()).isEqualTo(2);
  }

  @Test
  void all_five_absent_with_full_coverage_gives_eight_in_ten_thousand() {
    assertThat(model.withCoverage(1.0).probability(List.of(), day(0)))
        .isCloseTo(0.0008, within(5e-5));
    assertThat(model.probability(List.of(), day(0))).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void observations_after_the_assessment_instant_are_ignored() {
    assertThat(model.probability(events, day(5)))
        .isEqualTo(model.probability(events.subList(0, 1), day(5)));
  }

  @Test
  void a_correlated_group_counts_once_by_its_strongest_member() {
    EscalationModel grouped =
        EscalationModel.of(
            0.2,
            List.of(
                Indicator.of("A", "troops in combat (Kyiv)", 0.9, 0.1).inGroup("combat"),
                Indicator.of("B", "troops in combat (Seoul)", 0.8, 0.2).inGroup("combat")));
    List<IndicatorObservation> both =
        List.of(
            IndicatorObservation.of("A", day(0), IndicatorState.CONFIRMED),
            IndicatorObservation.of("B", day(0), IndicatorState.CONFIRMED));
    double expected = org.vigie.core.judgement.Aggregation.expit(Math.log(0.25) + Math.log(9));
    assertThat(grouped.probability(both, day(0))).isCloseTo(expected, within(1e-12));
  }

  @Test
  void a_hedged_observation_carries_its_own_confidence() {
    List<IndicatorObservation> hedged =
        List.of(new IndicatorObservation("I1", day(0), IndicatorState.REPORTED, 0.3));
    double expected =
        org.vigie.core.judgement.Aggregation.expit(Math.log(0.25) + 0.3 * Math.log(9));
    assertThat(model.probability(hedged, day(0))).isCloseTo(expected, within(1e-12));
  }

  @Test
  void rejects_an_observation_of_an_unknown_indicator() {
    List<IndicatorObservation> bad =
        List.of(IndicatorObservation.of("I9", day(0), IndicatorState.CONFIRMED));
    assertThatThrownBy(() -> model.probability(bad, day(0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("I9");
  }

  @Test
  void validator_ratings_map_to_the_probabilities_of_methods() {
    Indicator i = Indicator.of("X", "x", ValidatorRating.HL, ValidatorRating.U);
    assertThat(i.p()).isEqualTo(0.9);
    assertThat(i.pbar()).isEqualTo(0.2);
    assertThat(ValidatorRating.parse("hu")).hasValue(ValidatorRating.HU);
    assertThat(ValidatorRating.HU.probability()).isEqualTo(0.05);
  }

  @Test
  void an_assessment_speaks_in_icd_203_words() {
    assertThat(new Assessment(day(0), 0.879, EscalationModel.DEFAULT_LADDER.get(3)).words())
        .isEqualTo("very likely");
  }
}
