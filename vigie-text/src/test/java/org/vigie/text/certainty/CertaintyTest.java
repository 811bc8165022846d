package org.vigie.text.certainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.judgement.IcdLikelihood;

class CertaintyTest {

  private static Cue cue(CueClass k) {
    return new Cue(0, 1, "x", k, null);
  }

  private static Cue estimative(IcdLikelihood l) {
    return new Cue(0, 1, "x", CueClass.ESTIMATIVE, l);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "CONFIRMED, ALMOST_CERTAIN, 1.0",
    "ATTRIBUTION, VERY_LIKELY, 0.8",
    "ESTIMATE, LIKELY, 0.7",
    "MODAL, ROUGHLY_EVEN_CHANCE, 0.5",
    "REPORTATIVE, ROUGHLY_EVEN_CHANCE, 0.5",
    "INSINUATION, UNLIKELY, 0.4",
    "UNVERIFIED, UNLIKELY, 0.3"
  })
  void one_cue_gives_the_level_of_the_documented_table(
      CueClass k, IcdLikelihood expected, double c) {
    Certainty certainty = Certainty.of(List.of(cue(k)));
    assertThat(certainty.likelihood()).isEqualTo(expected);
    assertThat(certainty.commitment()).isEqualTo(c);
    assertThat(certainty.probability()).isCloseTo(expected.logitMidpoint(), within(1e-12));
  }

  @Test
  void the_logit_midpoints_are_those_of_methods_7_1() {
    assertThat(Certainty.of(List.of(cue(CueClass.ATTRIBUTION))).probability())
        .isCloseTo(0.897, within(0.001));
    assertThat(Certainty.of(List.of(cue(CueClass.UNVERIFIED))).probability())
        .isCloseTo(0.311, within(0.001));
  }

  @Test
  void the_weakest_cue_sets_the_level() {
    Certainty c =
        Certainty.of(
            List.of(cue(CueClass.CONFIRMED), cue(CueClass.ATTRIBUTION), cue(CueClass.MODAL)));
    assertThat(c.commitment()).isEqualTo(0.5);
    assertThat(c.likelihood()).isEqualTo(IcdLikelihood.ROUGHLY_EVEN_CHANCE);
  }

  @Test
  void an_explicit_likelihood_word_states_its_own_level() {
    Certainty c =
        Certainty.of(List.of(cue(CueClass.ATTRIBUTION), estimative(IcdLikelihood.VERY_LIKELY)));
    assertThat(c.likelihood()).isEqualTo(IcdLikelihood.VERY_LIKELY);
    assertThat(c.commitment()).isEqualTo(0.8);
  }

  @Test
  void no_cue_means_no_certainty_and_a_denial_is_not_a_cue_of_the_claim() {
    assertThat(Certainty.of(new ArrayList<>()).probability()).isNull();
    Certainty denied = Certainty.of(List.of(cue(CueClass.DENIAL)));
    assertThat(denied.probability()).isNull();
    assertThat(denied.cues()).hasSize(1);
  }
}
