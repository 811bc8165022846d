package org.vigie.core.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoringRulesTest {

  private static final double[] F = {.9, .8, .7, .3, .2, .6, .1, .95, .5, .4};
  private static final boolean[] O = {
    true, true, false, false, false, true, false, true, true, false
  };

  @Test
  void brier_score_reproduces_methods_vector() {
    assertThat(ScoringRules.brier(F, O)).isCloseTo(0.12525, within(5e-6));
  }

  @Test
  void log_score_reproduces_methods_vector_in_nats_and_bits() {
    assertThat(ScoringRules.logScore(F, O)).isCloseTo(0.3984, within(5e-5));
    assertThat(ScoringRules.logScore(F, O) / Math.log(2)).isCloseTo(0.5747, within(5e-5));
  }

  @Test
  void brier_skill_score_against_climatology_reproduces_methods_vector() {
    assertThat(ScoringRules.brierSkillScore(F, O)).isCloseTo(0.499, within(5e-4));
  }

  @Test
  void murphy_decomposition_reproduces_methods_vector_and_leaves_the_within_bin_gap() {
    MurphyDecomposition m = ScoringRules.murphy(F, O, new double[] {0, .2, .4, .6, .8, 1});
    assertThat(m.reliability()).isCloseTo(0.0226, within(5e-5));
    assertThat(m.resolution()).isCloseTo(0.1500, within(5e-5));
    assertThat(m.uncertainty()).isCloseTo(0.2500, within(5e-5));
    assertThat(m.brier()).isCloseTo(0.1226, within(5e-5));
    assertThat(ScoringRules.brier(F, O) - m.brier()).isCloseTo(0.0027, within(5e-5));
  }

  @Test
  void a_confident_miss_costs_ln_1000_nats_not_infinity() {
    assertThat(ScoringRules.logScore(new double[] {1.0}, new boolean[] {false}))
        .isCloseTo(Math.log(1000), within(1e-9));
  }

  @Test
  void always_saying_half_scores_a_quarter_and_no_skill() {
    double[] half = {.5, .5, .5, .5};
    boolean[] o = {true, false, true, false};
    assertThat(ScoringRules.brier(half, o)).isEqualTo(0.25);
    assertThat(ScoringRules.brierSkillScore(half, o)).isZero();
  }
}
