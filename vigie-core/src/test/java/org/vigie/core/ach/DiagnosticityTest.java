package org.vigie.core.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticityTest {

  private final List<Diagnosticity> rows = Diagnosticity.of(WorkedExample.matrix());

  @Test
  void e1_and_e6_have_the_largest_likelihood_ratio_sixteen() {
    assertThat(rows.get(0).maxLikelihoodRatio()).isCloseTo(16.0, within(1e-9));
    assertThat(rows.get(5).maxLikelihoodRatio()).isCloseTo(16.0, within(1e-9));
    assertThat(rows.get(0).weightOfEvidence()).isCloseTo(Math.log(16), within(1e-12));
  }

  @Test
  void standard_deviations_match_the_worked_example() {
    assertThat(rows.get(0).sd()).isCloseTo(1.41, within(5e-3));
    assertThat(rows.get(5).sd()).isCloseTo(1.25, within(5e-3));
    assertThat(rows.get(3).sd()).isCloseTo(0.47, within(5e-3));
  }

  @Test
  void russian_denial_e4_is_non_diagnostic_with_ratio_one_point_six() {
    assertThat(rows.get(3).maxLikelihoodRatio()).isCloseTo(1.6, within(1e-9));
    assertThat(rows.get(3).isDiagnostic()).isFalse();
    assertThat(rows.stream().filter(d -> !d.isDiagnostic()).map(Diagnosticity::evidenceId))
        .containsExactly("E4");
  }

  @Test
  void na_counts_as_neutral_like_the_n_of_the_russian_denial() {
    Diagnosticity na = Diagnosticity.of(WorkedExample.row("X", "x", "L", "L", "NA NA C"));
    assertThat(na.maxLikelihoodRatio()).isEqualTo(rows.get(3).maxLikelihoodRatio());
    assertThat(na.sd()).isEqualTo(rows.get(3).sd());
  }

  @Test
  void a_row_rated_the_same_everywhere_has_ratio_one_and_sd_zero() {
    Diagnosticity flat = Diagnosticity.of(WorkedExample.row("Y", "y", "M", "M", "C C C"));
    assertThat(flat.maxLikelihoodRatio()).isEqualTo(1.0);
    assertThat(flat.weightOfEvidence()).isZero();
    assertThat(flat.sd()).isZero();
  }
}
