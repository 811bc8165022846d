package org.vigie.core.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {

  private final Matrix example = WorkedExample.matrix();

  @Test
  void dropping_e2_or_e6_flips_the_tempered_bayes_leader_to_h2() {
    List<Perturbation> loo = Sensitivity.leaveOneOut(example, Scheme.BAYES_TEMPERED);
    assertThat(loo.stream().filter(Perturbation::flips).map(p -> p.evidenceIds().get(0)))
        .containsExactly("E2", "E6");
    assertPosterior(loo.get(1).scores(), 0.454, 0.536, 0.011);
    assertPosterior(loo.get(5).scores(), 0.376, 0.592, 0.031);
    assertThat(loo.get(5).scores().leader()).hasValue(1);
  }

  @Test
  void dropping_e6_ties_h1_and_h2_under_weighted_inconsistency_which_counts_as_a_flip() {
    SchemeScores base = Scheme.WEIGHTED_INCONSISTENCY.score(example);
    SchemeScores after = Scheme.WEIGHTED_INCONSISTENCY.score(example.without(List.of("E6")));
    assertThat(after.value(0)).isCloseTo(-1.0, within(1e-12));
    assertThat(after.value(1)).isCloseTo(-1.0, within(1e-12));
    assertThat(after.leaders()).containsExactly(0, 1);
    assertThat(after.leader()).isEmpty();
    assertThat(Sensitivity.flips(base, after)).isTrue();
    assertThat(Sensitivity.strictlyChanges(base, after)).isFalse();
  }

  @Test
  void minimal_removal_set_for_weighted_inconsistency_is_e2_and_e6() {
    MinimalRemoval r = MinimalRemoval.search(example, Scheme.WEIGHTED_INCONSISTENCY);
    assertThat(r.sets()).containsExactly(List.of("E2", "E6"));
    assertThat(r.first()).containsExactly("E2", "E6");
    assertThat(r.exhaustive()).isTrue();
    SchemeScores after = Scheme.WEIGHTED_INCONSISTENCY.score(example.without(r.first()));
    assertThat(after.leader()).hasValue(1);
  }

  @Test
  void no_removal_can_change_a_leader_that_no_row_is_against() {
    Matrix oneSided =
        new Matrix(
            "q",
            example.hypotheses(),
            List.of(
                WorkedExample.row("A", "a", "M", "M", "C I I"),
                WorkedExample.row("B", "b", "M", "M", "N II I")));
    MinimalRemoval r = MinimalRemoval.search(oneSided, Scheme.WEIGHTED_INCONSISTENCY);
    assertThat(r.sets()).isEmpty();
    assertThat(r.exhaustive()).isTrue();
  }

  @Test
  void fifteen_single_cell_changes_flip_the_tempered_bayes_leader() {
    List<CellFlip> flips = Sensitivity.singleCellFlips(example, Scheme.BAYES_TEMPERED);
    assertThat(flips).hasSize(15);
    assertThat(flips)
        .extracting(CellFlip::evidenceId, CellFlip::hypothesisId, CellFlip::from, CellFlip::to)
        .contains(
            tuple("E6", "H1", Rating.C, Rating.I),
            tuple("E1", "H1", Rating.C, Rating.I),
            tuple("E5", "H1", Rating.I, Rating.II),
            tuple("E2", "H2", Rating.I, Rating.C),
            tuple("E4", "H1", Rating.N, Rating.II));
    assertThat(flips).allSatisfy(f -> assertThat(f.scores().leader()).hasValue(1));
  }

  @Test
  void counting_na_as_a_target_would_add_only_a_duplicate_of_the_n_flip() {
    Matrix e6h2na = example.withRating(5, 1, Rating.NA);
    Matrix e6h2n = example.withRating(5, 1, Rating.N);
    assertThat(Scheme.BAYES_TEMPERED.score(e6h2na)).isEqualTo(Scheme.BAYES_TEMPERED.score(e6h2n));
    assertThat(Sensitivity.singleCellFlips(example, Scheme.BAYES_TEMPERED))
        .extracting(CellFlip::evidenceId, CellFlip::hypothesisId, CellFlip::to)
        .contains(tuple("E6", "H2", Rating.N));
  }

  @Test
  void every_reported_cell_flip_really_changes_the_leader_and_no_other_does() {
    SchemeScores base = Scheme.BAYES_TEMPERED.score(example);
    List<CellFlip> flips = Sensitivity.singleCellFlips(example, Scheme.BAYES_TEMPERED);
    int changes = 0;
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 3; j++) {
        for (Rating to : Rating.SCALE) {
          if (to == example.evidence().get(i).rating(j)) {
            continue;
          }
          changes++;
          boolean flipped =
              Scheme.BAYES_TEMPERED.score(example.withRating(i, j, to)).leader().orElse(-1) != 0;
          String e = "E" + (i + 1);
          String h = "H" + (j + 1);
          assertThat(
                  flips.stream()
                      .anyMatch(
                          f ->
                              f.evidenceId().equals(e)
                                  && f.hypothesisId().equals(h)
                                  && f.to() == to))
              .as("%s/%s -> %s", e, h, to)
              .isEqualTo(flipped);
        }
      }
    }
    assertThat(changes).isEqualTo(6 * 3 * 4);
    assertThat(base.leader()).hasValue(0);
  }

  @Test
  void deception_check_downgrades_each_high_credibility_row_then_both() {
    List<Perturbation> d = Sensitivity.deceptionCheck(example, Scheme.BAYES_TEMPERED);
    assertThat(d)
        .extracting(Perturbation::evidenceIds)
        .containsExactly(List.of("E1"), List.of("E3"), List.of("E1", "E3"));
    assertThat(d).noneMatch(Perturbation::flips);
    List<Perturbation> mixture = Sensitivity.deceptionCheck(example, Scheme.BAYES_MIXTURE);
    assertThat(mixture.get(1).scores().leader()).hasValue(0);
    assertThat(mixture.get(1).flips()).isTrue();
  }

  @Test
  void the_analysis_reports_that_the_mixture_disagrees_with_the_other_schemes() {
    AchAnalysis a = AchAnalysis.of(example);
    assertThat(a.schemesDisagree()).isTrue();
    assertThat(a.schemesByLeaders().get(List.of(1))).containsExactly(Scheme.BAYES_MIXTURE);
    assertThat(a.schemesByLeaders().get(List.of(0))).hasSize(6);
    assertThat(a.leaveOneOutFlips()).containsExactly("E2", "E6");
    assertThat(a.minimalRemoval().first()).containsExactly("E2", "E6");
    assertThat(a.cellFlips()).hasSize(15);
  }

  private static void assertPosterior(SchemeScores s, double... expected) {
    for (int j = 0; j < expected.length; j++) {
      assertThat(s.value(j)).as("H%d", j + 1).isCloseTo(expected[j], within(5e-4));
    }
  }
}
