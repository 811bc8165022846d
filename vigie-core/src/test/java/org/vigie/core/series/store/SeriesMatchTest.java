package org.vigie.core.series.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.error.InvalidInputException;

class SeriesMatchTest {

  private static final Instant T = Instant.parse("2024-11-01T00:00:00Z");

  @Test
  void unit_must_equal_and_actor_must_equal_when_the_series_has_one() {
    SeriesDefinition any = series(null, List.of());
    SeriesDefinition prk = series("prk", List.of());
    assertThat(SeriesMatch.matches(any, claim("soldier", "RUS", null), null, null)).isTrue();
    assertThat(SeriesMatch.matches(any, claim("dollar", "RUS", null), null, null)).isFalse();
    assertThat(SeriesMatch.matches(prk, claim("soldier", "PRK", null), null, null)).isTrue();
    assertThat(SeriesMatch.matches(prk, claim("soldier", "RUS", null), null, null)).isFalse();
    assertThat(SeriesMatch.matches(prk, claim("soldier", null, null), null, null)).isFalse();
  }

  @Test
  void a_keyword_must_appear_in_the_subject_the_title_or_the_text_whatever_the_case() {
    SeriesDefinition kursk = series(null, List.of("Kursk", "Koursk"));
    StoredClaim plain = claim("soldier", null, "soldats");
    assertThat(SeriesMatch.matches(kursk, plain, null, "ils sont dans la région de Koursk"))
        .isTrue();
    assertThat(SeriesMatch.matches(kursk, plain, "KURSK offensive", null)).isTrue();
    assertThat(SeriesMatch.matches(kursk, claim("soldier", null, "Kursk troops"), null, null))
        .isTrue();
    assertThat(SeriesMatch.matches(kursk, plain, "Kyiv", "near Kharkiv")).isFalse();
  }

  @Test
  void a_definition_tidies_its_fields_and_refuses_bad_names_and_actors() {
    SeriesDefinition d =
        new SeriesDefinition("a-1", " soldier ", "prk", List.of(" x ", "", "x"), null, "me", T);
    assertThat(d.unit()).isEqualTo("soldier");
    assertThat(d.actor()).isEqualTo("PRK");
    assertThat(d.keywords()).containsExactly("x");
    assertThat(d.description()).isEmpty();
    assertThatThrownBy(() -> series("North Korea", List.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> new SeriesDefinition("Bad Name", "soldier", null, List.of(), "", "me", T))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Bad Name");
  }

  private static SeriesDefinition series(String actor, List<String> keywords) {
    return new SeriesDefinition("s", "soldier", actor, keywords, "", "me", T);
  }

  private static StoredClaim claim(String unit, String actor, String subject) {
    Quantity q = new Quantity(0, 1, "5", 5.0, 5.0, 5.0, Modifier.EXACT, unit, subject, actor, null);
    return new StoredClaim("c", "d", "en", null, null, null, QuantityClaim.bare(q));
  }
}
