package org.vigie.core.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.error.InvalidInputException;

class JudgementScoresTest {

  private static final Instant T = Instant.parse("2024-11-01T00:00:00Z");

  private final Matrix matrix =
      new Matrix(
          "role?",
          List.of(new Hypothesis("H1", "combat"), new Hypothesis("H2", "labour")),
          List.of());

  /** methods.md §4.1: the vector (0.60, 0.70, 0.80, 0.65) pools to 0.6931, or 0.8360 with a = 2. */
  private final List<Judgement> fourAnalysts =
      List.of(
          new Judgement("a", "H1", 0.60, T),
          new Judgement("b", "H1", 0.70, T),
          new Judgement("c", "H1", 0.80, T),
          new Judgement("d", "H1", 0.65, T),
          new Judgement("a", "H2", 0.30, T));

  @Test
  void scores_each_analyst_and_the_pool_against_the_hypothesis_that_proved_true() {
    JudgementScores s = JudgementScores.of(matrix, fourAnalysts, "H1", 1.0);
    JudgementScores.Score a = s.analysts().get(0);
    assertThat(a.who()).isEqualTo("a");
    assertThat(a.hypotheses()).isEqualTo(2);
    // (0.6 − 1)² and (0.3 − 0)², averaged; log: −(ln 0.6 + ln 0.7)/2
    assertThat(a.brier()).isCloseTo((0.16 + 0.09) / 2, within(1e-12));
    assertThat(a.log()).isCloseTo(-(Math.log(0.6) + Math.log(0.7)) / 2, within(1e-12));
    assertThat(s.analysts())
        .extracting(JudgementScores.Score::who)
        .containsExactly("a", "b", "c", "d");
    // the pool of H1 is the log-odds mean 0.6931; H2 has one judgement, 0.30
    double h1 = 0.6931;
    assertThat(s.pool().brier()).isCloseTo(((1 - h1) * (1 - h1) + 0.09) / 2, within(1e-4));
  }

  @Test
  void extremising_the_pool_rewards_it_when_the_favourite_proves_true() {
    JudgementScores plain = JudgementScores.of(matrix, fourAnalysts.subList(0, 4), "H1", 1.0);
    JudgementScores sharp = JudgementScores.of(matrix, fourAnalysts.subList(0, 4), "H1", 2.0);
    assertThat(sharp.pool().brier()).isCloseTo((1 - 0.8360) * (1 - 0.8360), within(1e-4));
    assertThat(sharp.pool().log()).isCloseTo(-Math.log(0.8360), within(1e-4));
    assertThat(sharp.pool().brier()).isLessThan(plain.pool().brier());
    JudgementScores wrong = JudgementScores.of(matrix, fourAnalysts.subList(0, 4), "H2", 2.0);
    assertThat(wrong.pool().brier()).isCloseTo(0.8360 * 0.8360, within(1e-4));
  }

  @Test
  void refuses_an_unknown_hypothesis_and_a_matrix_nobody_judged() {
    assertThatThrownBy(() -> JudgementScores.of(matrix, fourAnalysts, "H9", 1.0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("H9");
    assertThatThrownBy(() -> JudgementScores.of(matrix, List.of(), "H1", 1.0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("vigie ach judge");
  }
}
