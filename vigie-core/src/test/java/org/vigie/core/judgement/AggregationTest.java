package org.vigie.core.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AggregationTest {

  private static final double[] P = {0.60, 0.70, 0.80, 0.65};

  @Test
  void linear_pool_is_the_mean_probability() {
    assertThat(Aggregation.linearPool(P)).isCloseTo(0.6875, within(1e-12));
  }

  @Test
  void weighted_linear_pool_normalises_the_weights() {
    assertThat(Aggregation.linearPool(new double[] {0.2, 0.8}, new double[] {3, 1}))
        .isCloseTo(0.35, within(1e-12));
  }

  @Test
  void log_odds_mean_reproduces_methods_vector() {
    assertThat(Aggregation.logOddsMean(P)).isCloseTo(0.6931, within(5e-5));
    double odds = Aggregation.logOddsMean(P) / (1 - Aggregation.logOddsMean(P));
    assertThat(odds).isCloseTo(2.2581, within(5e-5));
  }

  @Test
  void extremizing_reproduces_methods_vectors() {
    assertThat(Aggregation.extremized(Math.sqrt(3), P)).isCloseTo(0.8039, within(5e-5));
    assertThat(Aggregation.extremized(2, P)).isCloseTo(0.8360, within(5e-5));
    assertThat(Aggregation.extremized(2.5, P)).isCloseTo(0.8846, within(5e-5));
  }

  @Test
  void baron_transform_of_the_mean_reproduces_methods_vector() {
    assertThat(Aggregation.baronTransform(Aggregation.linearPool(P), 2))
        .isCloseTo(0.8288, within(5e-5));
  }

  @Test
  void a_certain_analyst_is_clipped_to_ninety_nine_percent() {
    assertThat(Aggregation.logOddsMean(1.0)).isCloseTo(0.99, within(1e-12));
    assertThat(Aggregation.logOddsMean(0.0, 1.0)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void rejects_values_that_are_not_probabilities() {
    assertThatThrownBy(() -> Aggregation.logOddsMean(0.5, 1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.2");
    assertThatThrownBy(Aggregation::logOddsMean).isInstanceOf(IllegalArgumentException.class);
  }
}
