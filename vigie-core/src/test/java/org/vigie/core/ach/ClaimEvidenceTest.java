package org.vigie.core.ach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;

class ClaimEvidenceTest {

  private static final Quantity TROOPS =
      new Quantity(
          0,
          13,
          "12,000 troops",
          12_000.0,
          null,
          null,
          Modifier.EXACT,
          "soldier",
          "troops",
          null,
          null);

  private static StoredClaim claim(String speaker, String relay, String asOf, String published) {
    return new StoredClaim(
        "c1",
        "d1",
        "en",
        "Yonhap",
        published,
        "NK sends troops",
        new QuantityClaim(TROOPS, speaker, relay, List.of("reportedly"), 0.675, asOf));
  }

  @Test
  void takes_text_source_date_and_certainty_from_the_claim() {
    Evidence e =
        ClaimEvidence.of(
            "E3",
            claim("NIS", "Yonhap", "2024-10-18", "2024-10-19"),
            Weight.H,
            Weight.M,
            List.of(Rating.C, Rating.N));
    assertThat(e.text()).isEqualTo("12,000 troops — NK sends troops");
    assertThat(e.provenance())
        .isEqualTo(
            new Provenance("c1", "d1", "NIS, via Yonhap", LocalDate.of(2024, 10, 18), 0.675));
    assertThat(e.credibility()).isEqualTo(Weight.H);
  }

  @Test
  void keeps_a_claim_spanning_a_line_break_on_one_line() {
    Quantity split =
        new Quantity(
            0,
            14,
            "3,000 North\nKorean".substring(0, 14),
            3000.0,
            null,
            null,
            Modifier.EXACT,
            null,
            null,
            null,
            null);
    StoredClaim c = new StoredClaim("c1", "d1", "en", null, null, null, QuantityClaim.bare(split));
    Evidence e = ClaimEvidence.of("E1", c, Weight.M, Weight.M, List.of());
    assertThat(e.text()).isEqualTo("3,000 North Ko");
  }

  @Test
  void falls_back_to_the_outlet_and_the_published_day() {
    Evidence e =
        ClaimEvidence.of(
            "E1", claim(null, null, "2024-10", "2024-10-23"), Weight.M, Weight.M, List.of());
    assertThat(e.provenance().source()).isEqualTo("Yonhap");
    assertThat(e.provenance().date()).isEqualTo(LocalDate.of(2024, 10, 23));
    Evidence month =
        ClaimEvidence.of("E1", claim(null, null, "2024-11", null), Weight.M, Weight.M, List.of());
    assertThat(month.provenance().date()).isEqualTo(LocalDate.of(2024, 11, 1));
  }
}
