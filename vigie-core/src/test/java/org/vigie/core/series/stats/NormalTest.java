package org.vigie.core.series.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalTest {

  // Reference values of erfc to 19 significant digits (Abramowitz & Stegun tables, extended).
  @ParameterizedTest
  @CsvSource({
    "0.0, 1.0",
    "0.5, 0.4795001221869534623",
    "1.0, 0.1572992070502851307",
    "1.5, 0.03389485352468927293",
    "2.0, 0.004677734981047265838",
    "3.0, 2.209049699858544137e-5",
    "4.0, 1.541725790028001885e-8",
    "5.0, 1.537459794428034850e-12",
    "10.0, 2.088487583762544757e-45",
    "-1.0, 1.8427007929497148693"
  })
  void erfc_matches_reference_values_to_relative_1e_12(double x, double expected) {
    assertThat(Normal.erfc(x)).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
  }

  @Test
  void erfc_is_continuous_where_the_series_hands_over_to_the_continued_fraction() {
    double below = Normal.erfc(Math.nextDown(2.0));
    double at = Normal.erfc(2.0);
    assertThat(below).isCloseTo(at, within(at * 1e-13));
  }

  @Test
  void cdf_gives_the_familiar_quantiles_and_an_accurate_far_tail() {
    assertThat(Normal.cdf(Normal.Z95)).isCloseTo(0.975, within(1e-15));
    assertThat(Normal.cdf(Normal.Z50)).isCloseTo(0.75, within(1e-15));
    assertThat(Normal.cdf(-3.0)).isCloseTo(0.0013498980316300946, within(1e-17));
    assertThat(Normal.upperTail(6.0)).isCloseTo(9.865876450376982e-10, within(1e-20));
  }

  @Test
  void probability_between_is_computed_in_the_small_tail() {
    double p = Normal.probabilityBetween(8.0, 9.0);
    double expected = Normal.upperTail(8.0) - Normal.upperTail(9.0);
    assertThat(p).isPositive().isCloseTo(expected, within(expected * 1e-12));
    assertThat(Normal.probabilityBetween(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
        .isEqualTo(1.0);
  }
}
