package org.vigie.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.core.indicator.ThresholdIndicator.Comparison;

class ThresholdIndicatorTest {

  private final ThresholdIndicator above20k =
      new ThresholdIndicator(
          "T1", "NK troops in Russia, pooled estimate", Comparison.ABOVE, 20_000, "soldier");

  @Test
  void fires_only_strictly_above_the_threshold() {
    assertThat(above20k.test(15_000)).isFalse();
    assertThat(above20k.test(20_000)).isFalse();
    assertThat(above20k.test(20_001)).isTrue();
    assertThat(above20k.stateFor(25_000)).isEqualTo(IndicatorState.CONFIRMED);
    assertThat(above20k.stateFor(12_000)).isEqualTo(IndicatorState.ABSENT);
  }

  @Test
  void inclusive_and_downward_comparisons_include_the_threshold_as_named() {
    assertThat(withComparison(Comparison.AT_LEAST).test(20_000)).isTrue();
    assertThat(withComparison(Comparison.AT_MOST).test(20_000)).isTrue();
    assertThat(withComparison(Comparison.BELOW).test(20_000)).isFalse();
    assertThat(withComparison(Comparison.BELOW).test(1_500)).isTrue();
  }

  @Test
  void no_estimate_never_fires() {
    for (Comparison c : Comparison.values()) {
      assertThat(withComparison(c).test(Double.NaN)).as(c.name()).isFalse();
    }
  }

  @Test
  void describes_itself_with_its_unit() {
    assertThat(above20k.describe())
        .isEqualTo("NK troops in Russia, pooled estimate > 20000 soldier");
  }

  private ThresholdIndicator withComparison(Comparison c) {
    return new ThresholdIndicator("T", "x", c, 20_000, "soldier");
  }
}
