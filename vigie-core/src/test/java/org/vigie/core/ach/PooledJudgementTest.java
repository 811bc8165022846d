package org.vigie.core.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.error.InvalidInputException;

class PooledJudgementTest {

  private static final Instant T = Instant.parse("2024-11-01T00:00:00Z");

  private final Matrix matrix =
      new Matrix(
          "role?",
          List.of(new Hypothesis("H1", "combat"), new Hypothesis("H2", "labour")),
          List.of());

  @Test
  void pools_the_methods_vector_by_the_log_odds_mean() {
    List<Judgement> js =
        List.of(
            new Judgement("a", "H1", 0.60, T),
            new Judgement("b", "H1", 0.70, T),
            new Judgement("c", "H1", 0.80, T),
            new Judgement("d", "H1", 0.65, T));
    List<PooledJudgement> pooled = PooledJudgement.of(matrix, js);
    assertThat(pooled).hasSize(1);
    assertThat(pooled.get(0).pooled()).isCloseTo(0.6931, within(5e-5));
    assertThat(pooled.get(0).byAnalyst()).containsOnlyKeys("a", "b", "c", "d");
  }

  @Test
  void counts_only_each_analysts_latest_judgement() {
    List<Judgement> js =
        List.of(
            new Judgement("a", "H2", 0.9, T.plusSeconds(60)),
            new Judgement("a", "H2", 0.1, T),
            new Judgement("b", "H2", 0.5, T));
    PooledJudgement p = PooledJudgement.of(matrix, js).get(0);
    assertThat(p.byAnalyst()).containsEntry("a", 0.9);
    assertThat(p.pooled()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void rejects_a_probability_outside_zero_one() {
    assertThatThrownBy(() -> new Judgement("a", "H1", 1.2, T))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("between 0 and 1");
  }
}
