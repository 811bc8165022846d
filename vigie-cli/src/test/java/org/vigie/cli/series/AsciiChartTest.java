package org.vigie.cli.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.core.series.Observation;
import org.vigie.core.series.PooledPoint;

class AsciiChartTest {

  private static final LocalDate D0 = LocalDate.of(2024, 11, 4);

  @Test
  void compact_labels_use_k_and_m() {
    assertThat(AsciiChart.compact(500)).isEqualTo("500");
    assertThat(AsciiChart.compact(1500)).isEqualTo("1.5k");
    assertThat(AsciiChart.compact(12_000)).isEqualTo("12k");
    assertThat(AsciiChart.compact(3_000_000)).isEqualTo("3M");
  }

  @Test
  void a_rising_median_climbs_from_the_bottom_left_to_the_top_right_with_reports_marked() {
    List<PooledPoint> estimates = new ArrayList<>();
    for (int w = 0; w <= 10; w++) {
      estimates.add(PooledPoint.fromLog(D0.plusWeeks(w), Math.log(1000) + w * 0.3, 0.01));
    }
    List<Observation> reports =
        List.of(
            Observation.point("S", D0, 1000), Observation.atLeast("S", D0.plusWeeks(10), 20_000));
    List<String> lines = AsciiChart.render(estimates, reports, Map.of("S", 'A'), "troops", 40, 12);
    assertThat(lines.get(0)).contains("troops (log scale)");
    assertThat(medianRow(lines, 1)).isGreaterThan(medianRow(lines, 38));
    assertThat(medianRow(lines, 1)).isGreaterThanOrEqualTo(9);
    assertThat(medianRow(lines, 38)).isLessThanOrEqualTo(2);
    assertThat(String.join("\n", lines)).contains("A").contains("a").contains("2024-11-04");
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(9 + 40));
  }

  /** The plot row holding the median in plot column {@code column} (label and axis: 9 chars). */
  private static int medianRow(List<String> lines, int column) {
    for (int r = 0; r < 12; r++) {
      if (lines.get(1 + r).charAt(9 + column) == '━') {
        return r;
      }
    }
    throw new AssertionError("no median in column " + column + ":\n" + String.join("\n", lines));
  }
}
