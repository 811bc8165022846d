package org.vigie.core.series.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PoolSettings;

class RevisionAnalysisTest {

  private static final LocalDate D0 = LocalDate.of(2024, 10, 1);
  private static final double[] EXAMPLE_2 = {
    3000, 5000, 7000, 8000, 10_000, 11_000, 11_000, 12_000, 12_500
  };
  private static final double[] CONSENSUS = {
    6000, 7000, 8500, 9500, 10_500, 11_000, 11_500, 12_000, 12_000
  };

  @Test
  void consensus_deviation_of_the_worked_example_converges_upward_at_0_0736_per_report() {
    ConsensusDeviation d = ConsensusDeviation.of(EXAMPLE_2, CONSENSUS);
    assertThat(d.deviations().get(0)).isCloseTo(-0.693, within(5e-4));
    assertThat(d.deviations().get(8)).isCloseTo(0.041, within(5e-4));
    assertThat(d.slope()).isCloseTo(0.0736, within(5e-5));
    assertThat(d.meanDeviation()).isNegative();
    assertThat(d.stats().direction()).isEqualTo(Direction.UP);
  }

  private static List<Observation> source(String name, double[] figures) {
    List<Observation> out = new ArrayList<>();
    for (int k = 0; k < figures.length; k++) {
      out.add(Observation.point(name, D0.plusWeeks(k), figures[k]));
    }
    return out;
  }

  @Test
  void a_lone_source_of_the_worked_example_is_flagged_upward_on_fixed_target_only() {
    List<SourceRevisions> rows =
        RevisionAnalysis.analyse(source("S", EXAMPLE_2), PoolSettings.defaults());
    assertThat(rows).hasSize(2);
    SourceRevisions fixed = rows.get(0);
    assertThat(fixed.basis()).isEqualTo(Basis.FIXED_TARGET);
    assertThat(fixed.reports()).isEqualTo(9);
    assertThat(fixed.q()).isCloseTo(2.0 / 128, within(1e-12));
    assertThat(fixed.flag()).isEqualTo(Flag.UPWARD);
    SourceRevisions consensus = rows.get(1);
    assertThat(consensus.flag()).isEqualTo(Flag.INSUFFICIENT_DATA);
    assertThat(consensus.note()).contains("no other source");
  }

  @Test
  void a_source_catching_up_with_the_others_leans_upward_against_the_consensus() {
    List<Observation> reports = new ArrayList<>(source("Laggard", EXAMPLE_2));
    for (int k = 0; k < CONSENSUS.length; k++) {
      reports.add(Observation.point("P", D0.plusWeeks(k).plusDays(1), CONSENSUS[k] * 1.02));
      reports.add(Observation.point("Q", D0.plusWeeks(k).plusDays(2), CONSENSUS[k] * 0.98));
    }
    List<SourceRevisions> rows = RevisionAnalysis.analyse(reports, PoolSettings.defaults());
    SourceRevisions laggard =
        rows.stream()
            .filter(r -> r.source().equals("Laggard") && r.basis() == Basis.CONSENSUS_DEVIATION)
            .findFirst()
            .orElseThrow();
    assertThat(laggard.meanDeviation()).isNegative();
    assertThat(laggard.deviationSlope()).isPositive();
    assertThat(laggard.stats().direction()).isEqualTo(Direction.UP);
  }

  @Test
  void echoes_are_dropped_but_a_repeated_figure_stays_as_a_zero_revision() {
    List<Observation> reports = new ArrayList<>(source("S", EXAMPLE_2));
    reports.add(Observation.point("S", D0.plusWeeks(8), 12_500)); // echo: same key
    SourceRevisions fixed = RevisionAnalysis.analyse(reports, PoolSettings.defaults()).get(0);
    assertThat(fixed.reports()).isEqualTo(9);
    assertThat(fixed.stats().n()).isEqualTo(8);
    assertThat(fixed.stats().sign().nonZero()).isEqualTo(7);
  }

  @Test
  void too_few_reports_read_insufficient_data_never_no_evidence() {
    List<SourceRevisions> rows =
        RevisionAnalysis.analyse(
            source("S", new double[] {1500, 3000, 11_000}), PoolSettings.defaults());
    assertThat(rows).allSatisfy(r -> assertThat(r.flag()).isEqualTo(Flag.INSUFFICIENT_DATA));
    assertThat(rows.get(0).q()).isNaN();
  }

  @Test
  void reports_dated_before_any_other_source_have_no_consensus_to_deviate_from() {
    List<Observation> reports = new ArrayList<>();
    reports.add(Observation.point("Early", D0, 1500));
    reports.add(Observation.point("Early", D0.plusDays(60), 11_000));
    reports.add(Observation.point("Other", D0.plusDays(50), 10_000));
    reports.add(Observation.point("Other", D0.plusDays(70), 12_000));
    SourceRevisions early =
        RevisionAnalysis.analyse(reports, PoolSettings.defaults()).stream()
            .filter(r -> r.source().equals("Early") && r.basis() == Basis.CONSENSUS_DEVIATION)
            .findFirst()
            .orElseThrow();
    assertThat(early.reports()).isEqualTo(1);
    assertThat(early.note()).contains("1 report(s) outside the other sources' dates");
    assertThat(Math.exp(early.meanDeviation())).isBetween(0.9, 1.1);
  }
}
