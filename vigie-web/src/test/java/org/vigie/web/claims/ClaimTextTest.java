package org.vigie.web.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.claim.DateClaim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.web.documents.Highlighter;

class ClaimTextTest {

  private static Quantity quantity(
      String text, Double value, Double low, Double high, Modifier m, String per) {
    return new Quantity(0, text.length(), text, value, low, high, m, "soldier", null, "PRK", per);
  }

  @Test
  void a_quantity_tooltip_gives_interval_unit_period_and_context() {
    QuantityClaim q =
        new QuantityClaim(
            quantity("plus de 200 par jour", 200.0, 200.0, null, Modifier.GT, "day"),
            "Zelensky",
            "AFP",
            List.of("reportedly"),
            0.55,
            "2024-11");
    assertThat(ClaimText.tooltip(q).split("\n"))
        .containsExactly(
            "Quantity: > 200 soldier per day (stated 200)",
            "modifier: gt",
            "speaker: Zelensky",
            "relayed by: AFP",
            "hedges: reportedly",
            "certainty: 55 %",
            "as of: 2024-11");
  }

  @Test
  void intervals_read_as_ranges_bounds_or_one_number() {
    assertThat(ClaimText.value(quantity("11 à 12 000", null, 11e3, 12e3, Modifier.RANGE, null)))
        .isEqualTo("11,000–12,000");
    assertThat(ClaimText.value(quantity("au moins 3 000", 3e3, 3e3, null, Modifier.GE, null)))
        .isEqualTo("≥ 3,000");
    assertThat(ClaimText.value(quantity("jusqu'à 6 000", 6e3, null, 6e3, Modifier.LE, null)))
        .isEqualTo("≤ 6,000");
    assertThat(ClaimText.value(quantity("2,5", 2.5, 2.5, 2.5, Modifier.EXACT, null)))
        .isEqualTo("2.5");
  }

  @Test
  void entity_and_date_tooltips_say_what_was_recognised() {
    assertThat(ClaimText.tooltip(new EntityClaim(0, 4, "Kims", null, "person")))
        .isEqualTo("Entity: not on the actor list\ntype: person");
    assertThat(ClaimText.tooltip(new DateClaim(0, 4, "hier", "2024-11-03", "day", true)))
        .isEqualTo("Date: 2024-11-03\nprecision: day, relative");
  }

  @Test
  void a_hostile_claim_is_escaped_in_the_mark_and_its_tooltip() {
    String text = "<script>alert(1)</script>";
    StoredClaim c =
        new StoredClaim(
            "c1",
            "d1",
            "en",
            null,
            null,
            null,
            new EntityClaim(0, text.length(), text, "\"><script>x()</script>", "person"));
    String html = Highlighter.render(text, List.of(ClaimSpans.span(c)));
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("data-tip=\"Entity: &#34;&gt;&lt;script&gt;x()&lt;/script&gt;")
        .contains("tabindex=\"0\"");
  }
}
