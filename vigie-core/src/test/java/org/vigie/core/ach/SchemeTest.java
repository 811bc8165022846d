package org.vigie.core.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchemeTest {

  private final Matrix example = WorkedExample.matrix();

  private List<Double> scores(Scheme scheme) {
    return scheme.score(example).values();
  }

  @Test
  void heuer_counts_inconsistent_cells_per_hypothesis() {
    assertThat(scores(Scheme.HEUER)).containsExactly(1.0, 2.0, 4.0);
  }

  @Test
  void parc_inconsistency_sums_minus_one_and_minus_two() {
    assertThat(scores(Scheme.INCONSISTENCY)).containsExactly(-1.0, -2.0, -6.0);
  }

  @Test
  void parc_weighted_inconsistency_reproduces_the_worked_example() {
    assertThat(scores(Scheme.WEIGHTED_INCONSISTENCY))
        .satisfiesExactly(
            h1 -> assertThat(h1).isCloseTo(-1.000, within(5e-4)),
            h2 -> assertThat(h2).isCloseTo(-2.414, within(5e-4)),
            h3 -> assertThat(h3).isCloseTo(-8.071, within(5e-4)));
  }

  @Test
  void open_synthesis_sums_squared_distance_below_neutral() {
    assertThat(scores(Scheme.OPEN_SYNTHESIS)).containsExactly(1.0, 2.0, 10.0);
  }

  @Test
  void untempered_bayes_reproduces_the_worked_example() {
    assertProbabilities(scores(Scheme.BAYES), 5e-5, 0.6768, 0.3215, 0.0017);
  }

  @Test
  void tempered_bayes_reproduces_the_worked_example() {
    assertProbabilities(scores(Scheme.BAYES_TEMPERED), 5e-5, 0.6241, 0.3687, 0.0073);
  }

  @Test
  void reliability_mixture_reproduces_the_worked_example_and_flips_the_leader() {
    assertProbabilities(scores(Scheme.BAYES_MIXTURE), 5e-4, 0.468, 0.519, 0.013);
    assertThat(Scheme.BAYES_MIXTURE.score(example).leader()).hasValue(1);
    assertThat(Scheme.BAYES_TEMPERED.score(example).leader()).hasValue(0);
  }

  @Test
  void na_cells_score_exactly_like_n_in_every_scheme() {
    Matrix withNa = example.withRating(3, 0, Rating.NA);
    for (Scheme s : Scheme.values()) {
      assertThat(s.score(withNa).values()).as(s.key()).isEqualTo(s.score(example).values());
    }
  }

  @Test
  void a_matrix_without_evidence_has_no_leader_in_any_scheme() {
    Matrix empty = new Matrix("q", example.hypotheses(), List.of());
    for (Scheme s : Scheme.values()) {
      assertThat(s.score(empty).leader()).as(s.key()).isEmpty();
      assertThat(s.score(empty).leaders()).containsExactly(0, 1, 2);
    }
  }

  @Test
  void posteriors_sum_to_one_without_underflow_over_hundreds_of_rows() {
    List<Evidence> rows =
        IntStream.range(0, 400)
            .mapToObj(i -> WorkedExample.row("X" + i, "x", "H", "H", "CC II II"))
            .toList();
    Matrix many = new Matrix("q", example.hypotheses(), rows);
    for (Scheme s : List.of(Scheme.BAYES, Scheme.BAYES_TEMPERED, Scheme.BAYES_MIXTURE)) {
      List<Double> p = s.score(many).values();
      assertThat(p).allSatisfy(v -> assertThat(v).isFinite());
      assertThat(p.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
      assertThat(s.score(many).leader()).hasValue(0);
    }
  }

  private static void assertProbabilities(List<Double> actual, double tol, double... expected) {
    assertThat(actual).hasSize(expected.length);
    for (int j = 0; j < expected.length; j++) {
      assertThat(actual.get(j)).as("H%d", j + 1).isCloseTo(expected[j], within(tol));
    }
  }
}
