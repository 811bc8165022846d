package org.vigie.core.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IcdLikelihoodTest {

  @Test
  void bins_are_half_open_at_5_20_45_55_80_95_percent() {
    assertThat(IcdLikelihood.of(0.01)).hasValue(IcdLikelihood.ALMOST_NO_CHANCE);
    assertThat(IcdLikelihood.of(0.0499)).hasValue(IcdLikelihood.ALMOST_NO_CHANCE);
    assertThat(IcdLikelihood.of(0.05)).hasValue(IcdLikelihood.VERY_UNLIKELY);
    assertThat(IcdLikelihood.of(0.20)).hasValue(IcdLikelihood.UNLIKELY);
    assertThat(IcdLikelihood.of(0.45)).hasValue(IcdLikelihood.ROUGHLY_EVEN_CHANCE);
    assertThat(IcdLikelihood.of(0.55)).hasValue(IcdLikelihood.LIKELY);
    assertThat(IcdLikelihood.of(0.80)).hasValue(IcdLikelihood.VERY_LIKELY);
    assertThat(IcdLikelihood.of(0.95)).hasValue(IcdLikelihood.ALMOST_CERTAIN);
    assertThat(IcdLikelihood.of(0.99)).hasValue(IcdLikelihood.ALMOST_CERTAIN);
  }

  @Test
  void beyond_one_and_ninety_nine_percent_the_number_is_shown() {
    assertThat(IcdLikelihood.of(0.0008)).isEmpty();
    assertThat(IcdLikelihood.of(0.995)).isEmpty();
    assertThat(IcdLikelihood.phrase(0.0008)).isEqualTo("0.1 %");
    assertThat(IcdLikelihood.phrase(0.879)).isEqualTo("very likely");
  }

  @Test
  void midpoints_reproduce_methods_values() {
    assertThat(Arrays.stream(IcdLikelihood.values()).mapToDouble(IcdLikelihood::midpoint).toArray())
        .containsExactly(new double[] {.03, .125, .325, .50, .675, .875, .97}, within(1e-9));
    assertThat(
            Arrays.stream(IcdLikelihood.values())
                .mapToDouble(IcdLikelihood::logitMidpoint)
                .toArray())
        .containsExactly(new double[] {.023, .103, .311, .50, .689, .897, .977}, within(5e-4));
  }
}
