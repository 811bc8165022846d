package org.vigie.core.series.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Worked example 2 and the runs-test vector of methods §2.3. */
class RevisionTestsTest {

  private static final double[] EXAMPLE_2 = {
    3000, 5000, 7000, 8000, 10_000, 11_000, 11_000, 12_000, 12_500
  };

  private final RevisionStats stats = RevisionTests.ofFigures(EXAMPLE_2);

  @Test
  void example_2_sign_test_gives_one_in_128() {
    assertThat(stats.n()).isEqualTo(8);
    assertThat(stats.sign().nonZero()).isEqualTo(7);
    assertThat(stats.sign().ups()).isEqualTo(7);
    assertThat(stats.direction()).isEqualTo(Direction.UP);
    assertThat(stats.sign().p(Direction.UP)).isCloseTo(0.00781, within(5e-6));
    assertThat(stats.twoSidedSignP()).isCloseTo(2.0 / 128, within(1e-12));
  }

  @Test
  void example_2_wilcoxon_w_plus_28_gives_one_in_128() {
    assertThat(stats.wilcoxon().wPlus()).isEqualTo(28.0);
    assertThat(stats.wilcoxon().exact()).isTrue();
    assertThat(stats.wilcoxon().pUp()).isCloseTo(0.00781, within(5e-6));
    assertThat(stats.wilcoxon().pDown()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void example_2_t_test_on_the_mean_revision() {
    assertThat(stats.mean().mean()).isCloseTo(0.1784, within(5e-5));
    assertThat(stats.mean().t()).isCloseTo(2.945, within(5e-4));
    assertThat(stats.mean().pUp()).isCloseTo(0.0108, within(5e-5));
  }

  @Test
  void example_2_nordhaus_regression_and_its_too_small_sample() {
    assertThat(stats.nordhaus().pairs()).isEqualTo(7);
    assertThat(stats.nordhaus().beta()).isCloseTo(0.489, within(5e-4));
    assertThat(stats.nordhaus().se()).isCloseTo(0.196, within(5e-4));
    assertThat(stats.nordhaus().t()).isCloseTo(2.50, within(5e-3));
    assertThat(stats.nordhaus().p()).isCloseTo(0.054, within(5e-4));
    assertThat(stats.nordhausVerdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(stats.nordhausReading()).isEqualTo("insufficient data");
  }

  @Test
  void example_2_autocorrelation_reads_insufficient_data_not_efficient() {
    assertThat(stats.acf().rho1()).isCloseTo(0.406, within(5e-4));
    assertThat(stats.acf().ljungBoxQ()).isCloseTo(1.883, within(5e-4));
    assertThat(stats.acf().p()).isCloseTo(0.17, within(5e-3));
    assertThat(stats.acfVerdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  void example_2_bayesian_probability_of_upward_lean() {
    assertThat(stats.sign().probabilityUp()).isCloseTo(0.9961, within(5e-5));
  }

  @Test
  void example_2_runs_test_is_undefined_when_every_revision_has_the_same_sign() {
    assertThat(stats.runs().z()).isNaN();
    assertThat(stats.runsVerdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  void runs_test_vector() {
    RunsTest runs =
        RevisionTests.ofRevisions(
                new double[] {
                  0.1, 0.08, 0.05, 0.06, -0.02, -0.03, -0.01, 0.04, 0.07, 0.05, 0.02, -0.05
                })
            .runs();
    assertThat(runs.runs()).isEqualTo(4);
    assertThat(runs.ups()).isEqualTo(8);
    assertThat(runs.downs()).isEqualTo(4);
    assertThat(runs.expected()).isCloseTo(6.333, within(5e-4));
    assertThat(runs.variance()).isCloseTo(2.101, within(5e-4));
    assertThat(runs.z()).isCloseTo(-1.61, within(5e-3));
    assertThat(runs.p()).isCloseTo(0.054, within(5e-4));
  }

  @Test
  void four_revisions_are_insufficient_for_a_direction_whatever_their_signs() {
    RevisionStats few = RevisionTests.ofFigures(new double[] {1000, 2000, 3000, 4000, 5000});
    assertThat(few.enoughForDirection()).isFalse();
    assertThat(few.sign().p(Direction.UP)).isCloseTo(1.0 / 16, within(1e-12));
  }

  @Test
  void a_downward_walk_back_leans_down() {
    RevisionStats down =
        RevisionTests.ofFigures(
            new double[] {19_000, 15_000, 13_000, 12_000, 11_500, 11_000, 10_500});
    assertThat(down.direction()).isEqualTo(Direction.DOWN);
    assertThat(down.sign().p(Direction.DOWN)).isCloseTo(1.0 / 64, within(1e-12));
    assertThat(down.wilcoxon().pDown()).isCloseTo(1.0 / 64, within(1e-12));
    assertThat(down.mean().mean()).isNegative();
  }

  @Test
  void wilcoxon_exact_handles_tied_magnitudes() {
    // |r| = 1, 1, 2: doubled ranks 3, 3, 6; W⁺ for (+1, −1, +2) is 1.5 + 3 = 4.5.
    WilcoxonSignedRank w = WilcoxonSignedRank.of(new double[] {1, -1, 2});
    assertThat(w.wPlus()).isEqualTo(4.5);
    // Ranks a = b = 1.5, c = 3; subsets with W⁺ ≥ 4.5: {a,c}, {b,c}, {a,b,c} → 3 of 8.
    assertThat(w.pUp()).isCloseTo(3.0 / 8, within(1e-12));
    // W⁺ ≤ 4.5: all but {a,b,c} → 7 of 8.
    assertThat(w.pDown()).isCloseTo(7.0 / 8, within(1e-12));
  }

  @Test
  void wilcoxon_normal_approximation_agrees_with_exact_near_the_switch() {
    double[] r = new double[25];
    for (int i = 0; i < r.length; i++) {
      r[i] = (i % 3 == 0 ? -1 : 1) * (i + 1) * 0.01;
    }
    WilcoxonSignedRank exact = WilcoxonSignedRank.of(r);
    double[] longer = java.util.Arrays.copyOf(r, 26);
    longer[25] = 0.0001; // smallest |r|: W⁺ rises by 1 and every rank by 1
    WilcoxonSignedRank approx = WilcoxonSignedRank.of(longer);
    assertThat(exact.exact()).isTrue();
    assertThat(approx.exact()).isFalse();
    assertThat(approx.pUp()).isCloseTo(exact.pUp(), within(0.03));
  }
}
