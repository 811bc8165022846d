package org.vigie.core.series.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The unit-test vectors of methods §1.3 (prior median 9,000, sd_log 0.30 unless stated). */
class IntervalUpdateTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void more_than_10000_moves_the_median_to_12036() {
    IntervalUpdate.Posterior p =
        IntervalUpdate.scalar(Math.log(9000), 0.09, Math.log(10_000), INF, 0.01, 0.0);
    assertThat(Math.round(Math.exp(p.mean()))).isEqualTo(12_036);
    assertThat(Math.sqrt(p.variance())).isCloseTo(0.1818, within(5e-5));
    assertThat(Math.exp(p.logZ())).isCloseTo(0.3695, within(5e-5));
  }

  @Test
  void between_10000_and_12000_gives_10835() {
    IntervalUpdate.Posterior p =
        IntervalUpdate.scalar(Math.log(9000), 0.09, Math.log(10_000), Math.log(12_000), 0.0025, 0);
    assertThat(Math.round(Math.exp(p.mean()))).isEqualTo(10_835);
    assertThat(Math.sqrt(p.variance())).isCloseTo(0.0707, within(5e-5));
    assertThat(Math.exp(p.logZ())).isCloseTo(0.1924, within(5e-5));
  }

  @Test
  void up_to_12000_from_a_prior_of_14000_gives_10144() {
    IntervalUpdate.Posterior p =
        IntervalUpdate.scalar(
            Math.log(14_000), 0.09, Double.NEGATIVE_INFINITY, Math.log(12_000), 0.01, 0);
    assertThat(Math.round(Math.exp(p.mean()))).isEqualTo(10_144);
    assertThat(Math.sqrt(p.variance())).isCloseTo(0.1758, within(5e-5));
    assertThat(Math.exp(p.logZ())).isCloseTo(0.3130, within(5e-5));
  }

  @Test
  void lower_bound_agrees_with_the_inverse_mills_ratio_special_case() {
    double m = Math.log(9000);
    double p = 0.09;
    double r = 0.01;
    double s = Math.sqrt(p + r);
    double alpha = (Math.log(10_000) - m) / s;
    double lambda =
        org.vigie.core.series.stats.Normal.pdf(alpha)
            / org.vigie.core.series.stats.Normal.upperTail(alpha);
    IntervalUpdate.Posterior post = IntervalUpdate.scalar(m, p, Math.log(10_000), INF, r, 0);
    assertThat(post.mean()).isCloseTo(m + p / s * lambda, within(1e-12));
    assertThat(post.variance())
        .isCloseTo(p - p * p / (s * s) * lambda * (lambda - alpha), within(1e-12));
  }

  @Test
  void a_known_bias_shifts_the_reading_not_the_level() {
    IntervalUpdate.Posterior plain =
        IntervalUpdate.scalar(Math.log(9000), 0.09, Math.log(10_000), INF, 0.01, 0.0);
    IntervalUpdate.Posterior biased =
        IntervalUpdate.scalar(Math.log(9000), 0.09, Math.log(12_000), INF, 0.01, Math.log(1.2));
    assertThat(biased.mean()).isCloseTo(plain.mean(), within(1e-12));
  }
}
