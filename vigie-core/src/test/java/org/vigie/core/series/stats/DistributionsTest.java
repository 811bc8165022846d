package org.vigie.core.series.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistributionsTest {

  @Test
  void log_gamma_matches_factorials_and_root_pi() {
    assertThat(Distributions.logGamma(10.0)).isCloseTo(Math.log(362880.0), within(1e-12));
    assertThat(Distributions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
    assertThat(Distributions.logGamma(1.0)).isCloseTo(0.0, within(1e-14));
  }

  @Test
  void student_tail_matches_closed_forms_for_one_and_two_degrees_of_freedom() {
    // df = 1 is Cauchy: P(T > 1) = 1/4; df = 2: P(T > t) = (1 − t/√(t²+2))/2.
    assertThat(Distributions.studentUpperTail(1.0, 1)).isCloseTo(0.25, within(1e-13));
    double t = 1.5;
    assertThat(Distributions.studentUpperTail(t, 2))
        .isCloseTo(0.5 * (1 - t / Math.sqrt(t * t + 2)), within(1e-13));
    assertThat(Distributions.studentUpperTail(-t, 2))
        .isCloseTo(0.5 * (1 + t / Math.sqrt(t * t + 2)), within(1e-13));
  }

  @Test
  void student_tail_approaches_the_normal_for_many_degrees_of_freedom() {
    assertThat(Distributions.studentUpperTail(1.96, 1e7))
        .isCloseTo(Normal.upperTail(1.96), within(1e-7));
  }

  @Test
  void chi_square_one_tail_at_3_84_is_five_percent() {
    assertThat(Distributions.chiSquare1UpperTail(Normal.Z95 * Normal.Z95))
        .isCloseTo(0.05, within(1e-14));
  }

  @Test
  void binomial_and_beta_tails_give_the_exact_sums() {
    assertThat(Distributions.binomialHalfUpperTail(7, 7)).isCloseTo(1.0 / 128, within(1e-15));
    assertThat(Distributions.binomialHalfUpperTail(3, 4)).isCloseTo(5.0 / 16, within(1e-15));
    // Beta(8, 1) has P(θ > ½) = 1 − ½⁸.
    assertThat(Distributions.betaUpperTail(8, 1, 0.5)).isCloseTo(1 - 1.0 / 256, within(1e-15));
  }
}
