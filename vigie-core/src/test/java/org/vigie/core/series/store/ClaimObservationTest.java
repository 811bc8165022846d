package org.vigie.core.series.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.series.Observation;
import org.vigie.core.series.ObservationKind;

class ClaimObservationTest {

  @Test
  void an_exact_figure_is_a_point_at_its_as_of_date_from_its_speaker() {
    Observation o = read(claim(Modifier.EXACT, 3000.0, null, null, "NIS", "Yonhap", "2024-10-23"));
    assertThat(o.kind()).isEqualTo(ObservationKind.POINT);
    assertThat(o.figure()).isEqualTo(3000);
    assertThat(o.source()).isEqualTo("NIS");
    assertThat(o.asOf()).isEqualTo(LocalDate.of(2024, 10, 23));
    assertThat(o.label()).isEqualTo("exact");
  }

  @Test
  void without_speaker_the_relay_then_the_outlet_is_the_source_and_publication_the_date() {
    assertThat(read(claim(Modifier.EXACT, 10.0, null, null, null, "Yonhap", null)).source())
        .isEqualTo("Yonhap");
    Observation o = read(claim(Modifier.EXACT, 10.0, null, null, null, null, null));
    assertThat(o.source()).isEqualTo("Le Monde");
    assertThat(o.asOf()).isEqualTo(LocalDate.of(2024, 11, 2));
  }

  @Test
  void a_month_is_read_on_its_fifteenth_and_a_year_on_the_first_of_july() {
    assertThat(read(claim(Modifier.EXACT, 10.0, null, null, "x", null, "2024-11")).asOf())
        .isEqualTo(LocalDate.of(2024, 11, 15));
    assertThat(read(claim(Modifier.EXACT, 10.0, null, null, "x", null, "2025")).asOf())
        .isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void modifiers_become_the_kinds_of_the_timeline_mapping() {
    Observation about = read(claim(Modifier.APPROX, 10_000.0, null, null, "x", null, "2024"));
    assertThat(about.kind()).isEqualTo(ObservationKind.INTERVAL);
    assertThat(about.low()).isEqualTo(9_000, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(about.high()).isEqualTo(11_000, org.assertj.core.data.Offset.offset(1e-6));
    Observation more = read(claim(Modifier.GT, 10_000.0, 10_000.0, null, "x", null, "2024"));
    assertThat(more.kind()).isEqualTo(ObservationKind.LOWER_BOUND);
    assertThat(more.high()).isEqualTo(20_000);
    assertThat(read(claim(Modifier.GE, 3_000.0, 3_000.0, null, "x", null, "2024")).high())
        .isInfinite();
    Observation upTo = read(claim(Modifier.LE, 6_000.0, null, 6_000.0, "x", null, "2024"));
    assertThat(upTo.kind()).isEqualTo(ObservationKind.UPPER_BOUND);
    assertThat(upTo.high()).isEqualTo(6_000);
    Observation range = read(claim(Modifier.RANGE, null, 11_000.0, 12_000.0, "x", null, "2024"));
    assertThat(range.kind()).isEqualTo(ObservationKind.INTERVAL);
    assertThat(range.low()).isEqualTo(11_000);
    Observation vague = read(claim(Modifier.VAGUE, null, 2_000.0, 9_999.0, "x", null, "2024"));
    assertThat(vague.kind()).isEqualTo(ObservationKind.VAGUE_INTERVAL);
  }

  @Test
  void a_claim_without_a_date_or_a_figure_is_skipped_with_the_reason() {
    StoredClaim undated =
        new StoredClaim(
            "c", "d", "fr", null, null, null, quantity(Modifier.EXACT, 5.0, null, null, null));
    assertThat(ClaimObservation.of(undated, true).reason()).contains("no as-of date");
    StoredClaim vague = claim(Modifier.VAGUE, null, null, null, "x", null, "2024");
    assertThat(ClaimObservation.of(vague, true).observation()).isNull();
    assertThat(ClaimObservation.of(vague, true).reason()).contains("vague");
  }

  private static Observation read(StoredClaim c) {
    ClaimObservation.Outcome o = ClaimObservation.of(c, true);
    assertThat(o.reason()).isNull();
    return o.observation();
  }

  private static StoredClaim claim(
      Modifier m,
      Double value,
      Double low,
      Double high,
      String speaker,
      String relay,
      String asOf) {
    QuantityClaim q =
        new QuantityClaim(
            quantity(m, value, low, high, null).quantity(), speaker, relay, List.of(), null, asOf);
    return new StoredClaim("c1", "d1", "fr", "Le Monde", "2024-11-02", "t", q);
  }

  private static QuantityClaim quantity(
      Modifier m, Double value, Double low, Double high, String actor) {
    return QuantityClaim.bare(
        new Quantity(0, 1, "x", value, low, high, m, "soldier", "soldats", actor, null));
  }
}
