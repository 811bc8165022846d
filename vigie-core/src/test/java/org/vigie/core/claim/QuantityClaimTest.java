package org.vigie.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes a quantity hedged, as the annotation guide means it. */
class QuantityClaimTest {

  private static QuantityClaim claim(String text, Modifier modifier, List<String> hedges) {
    Quantity q =
        new Quantity(
            0,
            text.length(),
            text,
            10_000.0,
            10_000.0,
            null,
            modifier,
            "soldier",
            null,
            null,
            null);
    return new QuantityClaim(q, "NIS", null, hedges, 0.8, null);
  }

  @Test
  void an_approximate_figure_is_hedged_without_any_cue() {
    assertThat(claim("about 10,000 troops", Modifier.APPROX, List.of()).hedged()).isTrue();
  }

  @Test
  void a_hedging_cue_hedges_an_exact_figure() {
    assertThat(claim("10,000 troops", Modifier.EXACT, List.of("reportedly")).hedged()).isTrue();
  }

  @Test
  void a_bound_or_a_vague_amount_with_a_speaker_alone_is_not_hedged() {
    assertThat(claim("at least 10,000 troops", Modifier.GE, List.of()).hedged()).isFalse();
    assertThat(claim("thousands of troops", Modifier.VAGUE, List.of()).hedged()).isFalse();
  }
}
