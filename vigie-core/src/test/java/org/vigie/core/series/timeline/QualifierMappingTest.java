package org.vigie.core.series.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.series.Observation;
import org.vigie.core.series.ObservationKind;

class QualifierMappingTest {

  private static TimelineRow row(
      String date, String precision, String value, String low, String high, String qualifier) {
    return new TimelineRow(
        2,
        date,
        precision,
        "NIS",
        "KBS",
        "nk_troops_in_russia",
        value,
        low,
        high,
        qualifier,
        "troops",
        "");
  }

  private static Observation map(String value, String low, String high, String qualifier) {
    QualifierMapping.Outcome o =
        QualifierMapping.map(row("2024-11-04", "day", value, low, high, qualifier));
    assertThat(o.reason()).isNull();
    return o.observation();
  }

  @ParameterizedTest
  @CsvSource({
    "exact, POINT, 12000, 12000",
    "estimated, POINT, 12000, 12000",
    "about, INTERVAL, 10800, 13200",
    "some, INTERVAL, 10800, 13200",
    "etwa, INTERVAL, 10800, 13200",
    "nearly, INTERVAL, 10200, 12000",
    "approaching, INTERVAL, 10200, 12000",
    "more_than, LOWER_BOUND, 12000, 20000",
    "exceeded, LOWER_BOUND, 12000, 20000",
    "at_least, LOWER_BOUND, 12000, Infinity",
    "or_more, LOWER_BOUND, 12000, Infinity",
    "up_to, UPPER_BOUND, 0, 12000",
    "as_high_as, UPPER_BOUND, 0, 12000"
  })
  void maps_a_qualified_figure(String qualifier, ObservationKind kind, double low, double high) {
    Observation o = map("12000", "", "", qualifier);
    assertThat(o.kind()).isEqualTo(kind);
    assertThat(o.low()).isCloseTo(low, within(1e-9));
    assertThat(o.high()).isEqualTo(high, within(1e-9));
    assertThat(o.label()).isEqualTo(qualifier);
  }

  @Test
  void a_bound_given_only_in_the_low_or_high_column_is_used() {
    assertThat(map("", "3000", "", "at_least").low()).isEqualTo(3000);
    assertThat(map("", "", "19000", "as_high_as").high()).isEqualTo(19000);
  }

  @Test
  void ranges_and_vague_phrases_use_the_columns_then_the_defaults() {
    Observation range = map("", "11000", "12000", "range_approx");
    assertThat(range.kind()).isEqualTo(ObservationKind.INTERVAL);
    assertThat(range.figure()).isCloseTo(Math.sqrt(11000.0 * 12000), within(1e-9));
    Observation plural = map("", "100000", "999999", "vague_plural");
    assertThat(plural.kind()).isEqualTo(ObservationKind.VAGUE_INTERVAL);
    Observation hundreds = map("", "", "", "several_hundred");
    assertThat(hundreds.low()).isEqualTo(300);
    assertThat(hundreds.high()).isEqualTo(900);
  }

  @Test
  void a_month_date_falls_on_the_fifteenth() {
    QualifierMapping.Outcome o =
        QualifierMapping.map(row("2024-11", "month", "19000", "", "19000", "as_high_as"));
    assertThat(o.observation().asOf()).isEqualTo(LocalDate.of(2024, 11, 15));
  }

  @Test
  void rows_without_a_figure_a_date_or_a_count_are_skipped_with_a_reason() {
    assertThat(QualifierMapping.map(row("2024-11-04", "day", "", "", "", "about")).reason())
        .contains("no value, low or high");
    assertThat(QualifierMapping.map(row("undated", "unknown", "100", "", "", "etwa")).reason())
        .contains("no usable date");
    assertThat(
            QualifierMapping.map(row("2025-01", "month", "", "", "", "up_to_a_battalion")).reason())
        .contains("states no count");
    assertThat(
            QualifierMapping.map(row("2024-11-04", "day", "12000", "", "", "allegedly")).reason())
        .contains("unknown qualifier 'allegedly'");
    assertThat(QualifierMapping.map(row("2024-11-04", "day", "twelve", "", "", "exact")).reason())
        .contains("not a number");
  }

  @Test
  void thousands_separators_are_accepted() {
    assertThat(QualifierMapping.number("12,000")).isEqualTo(12000);
    assertThat(QualifierMapping.number("12 000")).isEqualTo(12000);
    assertThat(QualifierMapping.number("")).isNaN();
  }

  @ParameterizedTest
  @CsvSource({
    "10000, 20000",
    "12000, 20000",
    "6000, 10000",
    "3000, 5000",
    "20000, 50000",
    "1, 2",
    "12000000, 20000000"
  })
  void the_soft_cap_of_more_than_n_is_the_next_one_two_five_step(double n, double cap) {
    assertThat(QualifierMapping.softCap(n)).isEqualTo(cap);
  }

  @Test
  void without_soft_caps_more_than_n_is_open_ended() {
    Observation open =
        QualifierMapping.map(row("2024-11-04", "day", "6000", "6000", "", "more_than"), false)
            .observation();
    assertThat(open.high()).isInfinite();
    assertThat(open.figure()).isEqualTo(6000);
  }
}
