package org.vigie.core.series.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

  @Test
  void adjusts_a_small_vector_by_hand() {
    // Sorted: 0.005, 0.01, 0.03, 0.04, 0.20 (m = 5) → ×5/1, ×5/2, ×5/3, ×5/4, ×5/5
    // = 0.025, 0.025, 0.05, 0.05, 0.20, then the running minimum from the top.
    double[] q = BenjaminiHochberg.adjust(new double[] {0.04, 0.005, 0.20, 0.03, 0.01});
    assertThat(q[0]).isCloseTo(0.05, within(1e-15));
    assertThat(q[1]).isCloseTo(0.025, within(1e-15));
    assertThat(q[2]).isCloseTo(0.20, within(1e-15));
    assertThat(q[3]).isCloseTo(0.05, within(1e-15));
    assertThat(q[4]).isCloseTo(0.025, within(1e-15));
  }

  @Test
  void step_up_rescues_a_p_value_above_its_own_threshold() {
    // 0.06 > 0.10·1/2 on its own, but the largest, 0.08 ≤ 0.10·2/2, carries both.
    boolean[] d = BenjaminiHochberg.discoveries(new double[] {0.06, 0.08}, 0.10);
    assertThat(d).containsExactly(true, true);
    assertThat(BenjaminiHochberg.discoveries(new double[] {0.06, 0.30}, 0.10))
        .containsExactly(false, false);
  }

  @Test
  void a_single_p_value_is_its_own_q_value() {
    assertThat(BenjaminiHochberg.adjust(new double[] {0.0156})).containsExactly(0.0156);
  }
}
