package org.vigie.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Judgement;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.Provenance;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.ach.RatingLog;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.ach.Weight;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.indicator.Indicator;
import org.vigie.core.indicator.IndicatorDefinition;
import org.vigie.core.indicator.IndicatorObservation;
import org.vigie.core.indicator.IndicatorState;
import org.vigie.core.indicator.ObservationRecord;
import org.vigie.core.indicator.Scenario;
import org.vigie.core.indicator.SeriesThreshold;
import org.vigie.core.indicator.ThresholdIndicator;
import org.vigie.core.store.Store;

/**
 * What every store must do with matrices grown after creation, analysts' probability judgements,
 * and the indicators board (V7).
 */
public abstract class AchEditsAndIndicatorsContract {

  private static final Instant T = Instant.parse("2025-02-01T08:30:00.123456Z");

  protected Store store;

  protected abstract Store openEmpty() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void adds_hypotheses_and_evidence_to_a_stored_matrix_keeping_the_trail_replayable() {
    store.ach().add(matrix("m1"));
    store.ach().record("m1", RatingChange.of("ana", "E1", "H2", Rating.I, Rating.II, T));
    store.ach().addHypothesis("m1", new Hypothesis("H3", "Deterrent — 억지"), Rating.N);
    Evidence e2 =
        new Evidence(
            "E2",
            "NIS: 10,000 troops",
            Weight.H,
            Weight.H,
            List.of(Rating.C, Rating.CC, Rating.NA),
            new Provenance("claim1", "doc1", "NIS via Yonhap", LocalDate.of(2024, 10, 30), 0.9));
    store.ach().addEvidence("m1", e2);
    StoredMatrix back = store.ach().get("m1").orElseThrow();
    assertThat(back.start().hypotheses())
        .extracting(Hypothesis::id)
        .containsExactly("H1", "H2", "H3");
    assertThat(back.start().evidence().get(0).ratings())
        .containsExactly(Rating.C, Rating.I, Rating.N);
    assertThat(back.start().evidence().get(1)).isEqualTo(e2);
    assertThat(back.matrixOf("ana").evidence().get(0).ratings())
        .containsExactly(Rating.C, Rating.II, Rating.N);
    assertThat(store.ach().list().get(0).hypotheses()).isEqualTo(3);
  }

  @Test
  void refuses_a_second_hypothesis_or_row_of_one_id_and_keeps_the_matrix_readable() {
    store.ach().add(matrix("m1"));
    assertThatThrownBy(
            () -> store.ach().addHypothesis("m1", new Hypothesis("H2", "again"), Rating.N))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("H2");
    Evidence again = Evidence.of("E1", "again", Weight.M, Weight.M, List.of(Rating.N, Rating.N));
    assertThatThrownBy(() -> store.ach().addEvidence("m1", again))
        .isInstanceOf(AlreadyExistsException.class);
    assertThat(store.ach().get("m1").orElseThrow().start()).isEqualTo(matrix("m1").start());
  }

  @Test
  void refuses_additions_and_judgements_on_a_missing_matrix() {
    Hypothesis h = new Hypothesis("H9", "x");
    assertThatThrownBy(() -> store.ach().addHypothesis("nope", h, Rating.N))
        .isInstanceOf(NotFoundException.class);
    Evidence e = Evidence.of("E9", "x", Weight.M, Weight.M, List.of(Rating.N, Rating.N));
    assertThatThrownBy(() -> store.ach().addEvidence("nope", e))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.ach().judge("nope", new Judgement("ana", "H1", 0.5, T)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.ach().judgements("nope")).isEmpty();
  }

  @Test
  void keeps_every_judgement_in_order_with_its_analyst_and_instant() {
    store.ach().add(matrix("m1"));
    store.ach().add(matrix("m2"));
    store.ach().judge("m1", new Judgement("ana", "H1", 0.7, T));
    store.ach().judge("m1", new Judgement("bo", "H1", 0.25, T.plusSeconds(1)));
    store.ach().judge("m2", new Judgement("ana", "H2", 0.1, T));
    store.ach().judge("m1", new Judgement("ana", "H1", 0.8, T.plusSeconds(2)));
    assertThat(store.ach().judgements("m1"))
        .containsExactly(
            new Judgement("ana", "H1", 0.7, T),
            new Judgement("bo", "H1", 0.25, T.plusSeconds(1)),
            new Judgement("ana", "H1", 0.8, T.plusSeconds(2)));
    assertThat(store.ach().judgements("m2")).hasSize(1);
  }

  @Test
  void keeps_scenarios_indicators_and_threshold_indicators_with_every_field() {
    store.indicators().putScenario(new Scenario("combat", 0.2));
    store.indicators().putScenario(new Scenario("combat", 0.3));
    store.indicators().putScenario(new Scenario("annex", 0.05));
    Indicator hand =
        Indicator.of("nk-kursk", "NK troops in combat in Kursk", 0.9, 0.1)
            .withHalfLife(Duration.ofDays(30))
            .inGroup("combat-seen");
    ThresholdIndicator over =
        new ThresholdIndicator(
            "nk-20k", "NK troops", ThresholdIndicator.Comparison.ABOVE, 20_000, "soldier");
    IndicatorDefinition a = new IndicatorDefinition("combat", hand, null);
    IndicatorDefinition b =
        new IndicatorDefinition(
            "annex",
            Indicator.of("nk-20k", "NK troops", 0.7, 0.2),
            new SeriesThreshold("nk-troops", over));
    store.indicators().define(a);
    store.indicators().define(b);
    assertThat(store.indicators().scenarios())
        .containsExactly(new Scenario("annex", 0.05), new Scenario("combat", 0.3));
    assertThat(store.indicators().list()).containsExactly(b, a);
    assertThat(store.indicators().get("nk-kursk")).contains(a);
    assertThat(store.indicators().get("none")).isEmpty();
  }

  @Test
  void refuses_a_second_indicator_of_a_name_and_one_for_an_unknown_scenario() {
    store.indicators().putScenario(new Scenario("combat", 0.2));
    IndicatorDefinition a =
        new IndicatorDefinition("combat", Indicator.of("i1", "x", 0.9, 0.1), null);
    store.indicators().define(a);
    assertThatThrownBy(() -> store.indicators().define(a))
        .isInstanceOf(AlreadyExistsException.class);
    IndicatorDefinition lost =
        new IndicatorDefinition("nowhere", Indicator.of("i2", "x", 0.9, 0.1), null);
    assertThatThrownBy(() -> store.indicators().define(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void keeps_observations_in_time_order_with_their_evidence() {
    store.indicators().putScenario(new Scenario("combat", 0.2));
    store
        .indicators()
        .define(new IndicatorDefinition("combat", Indicator.of("i1", "x", 0.9, 0.1), null));
    ObservationRecord late =
        new ObservationRecord(
            IndicatorObservation.of("i1", T.plusSeconds(60), IndicatorState.CONFIRMED),
            "c2",
            "ana",
            "seen");
    ObservationRecord early =
        new ObservationRecord(
            new IndicatorObservation("i1", T, IndicatorState.REPORTED, 0.4), null, "bo", null);
    store.indicators().observe(late);
    store.indicators().observe(early);
    assertThat(store.indicators().observations()).containsExactly(early, late);
    ObservationRecord unknown =
        new ObservationRecord(
            IndicatorObservation.of("zz", T, IndicatorState.REPORTED), null, "ana", null);
    assertThatThrownBy(() -> store.indicators().observe(unknown))
        .isInstanceOf(NotFoundException.class);
  }

  private static StoredMatrix matrix(String id) {
    Matrix m =
        new Matrix(
            "Role?",
            List.of(new Hypothesis("H1", "Labour"), new Hypothesis("H2", "Combat")),
            List.of(Evidence.of("E1", "Seen", Weight.M, Weight.M, List.of(Rating.C, Rating.I))));
    return new StoredMatrix(id, m, "ana", T, RatingLog.empty());
  }
}
