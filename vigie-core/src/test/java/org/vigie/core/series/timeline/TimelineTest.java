package org.vigie.core.series.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vigie.core.error.InvalidInputException;
import org.vigie.testkit.SharedFiles;

class TimelineTest {

  /** The project's own copy of the public facts: no quoted sentences, so it may ship. */
  private static final Path EXAMPLE = Path.of("../examples/timeline/nk-estimates.csv");

  private static Timeline real() throws IOException {
    return Timeline.parse(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
  }

  @Test
  void the_example_timeline_keeps_every_fact_of_the_shared_one() throws IOException {
    // The research copy beside the project, with the quoted sentences; absent from a clone.
    Path research = SharedFiles.require("data/nk_estimates_timeline.csv");
    Timeline shared = Timeline.parse(Files.readString(research, StandardCharsets.UTF_8));
    assertThat(real().rows())
        .extracting(TimelineTest::facts)
        .containsExactlyElementsOf(shared.rows().stream().map(TimelineTest::facts).toList());
  }

  /** A row without its line number and quoted sentence, which the example copy leaves out. */
  private static TimelineRow facts(TimelineRow r) {
    return new TimelineRow(
        0,
        r.date(),
        r.datePrecision(),
        r.source(),
        r.reportedVia(),
        r.quantity(),
        r.value(),
        r.low(),
        r.high(),
        r.qualifier(),
        r.unit(),
        "");
  }

  @Test
  void reads_all_105_rows_of_the_example_timeline() throws IOException {
    Timeline t = real();
    assertThat(t.rows()).hasSize(105);
    assertThat(t.quantities()).containsEntry("nk_troops_in_russia", 11);
    assertThat(t.quantities()).containsEntry("nk_casualties_total", 12);
  }

  @Test
  void every_qualifier_in_the_example_timeline_has_a_treatment() throws IOException {
    assertThat(real().rows())
        .allSatisfy(
            r ->
                assertThat(QualifierMapping.treatmentOf(r.qualifier()))
                    .as(r.qualifier())
                    .isNotNull());
  }

  @Test
  void troops_in_russia_gives_eleven_observations_in_troops() throws IOException {
    SeriesReports troops = real().series("nk_troops_in_russia");
    assertThat(troops.observations()).hasSize(11);
    assertThat(troops.skipped()).isEmpty();
    assertThat(troops.unit()).isEqualTo("troops");
  }

  @Test
  void skipped_rows_say_why() throws IOException {
    SeriesReports missiles = real().series("nk_ballistic_missiles_supplied");
    assertThat(missiles.skipped())
        .anySatisfy(s -> assertThat(s.reason()).contains("no usable date"));
  }

  @Test
  void an_unknown_series_lists_the_ones_that_exist() throws IOException {
    Timeline t = real();
    assertThatThrownBy(() -> t.series("nk_tanks"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no series 'nk_tanks'")
        .hasMessageContaining("nk_troops_in_russia");
  }

  @Test
  void a_file_without_the_timeline_columns_is_rejected() {
    assertThatThrownBy(() -> Timeline.parse("a,b\n1,2\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing column(s) date, date_precision");
  }
}
