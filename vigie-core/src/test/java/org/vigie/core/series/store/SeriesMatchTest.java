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

  @Test
  void a_headcount_series_leaves_out_figures_of_the_dead_wounded_or_captured() {
    SeriesDefinition troops = series("PRK", List.of());
    String uk = "Близько 2 000 військових КНДР загинули. Ще 5 військових прибули.";
    String ko = "북한군 5명이 사망했다. 5명이 파병됐다.";
    String en = "Some 5 soldiers arrived in Kursk. Later, 5 soldiers were killed";
    assertThat(SeriesMatch.matches(troops, at(uk, uk.indexOf("2 000")), null, uk)).isFalse();
    assertThat(SeriesMatch.matches(troops, at(uk, uk.indexOf("5 ")), null, uk)).isTrue();
    assertThat(SeriesMatch.matches(troops, at(ko, 4), null, ko)).isFalse();
    assertThat(SeriesMatch.matches(troops, at(ko, ko.lastIndexOf("5")), null, ko)).isTrue();
    assertThat(SeriesMatch.matches(troops, at(en, en.indexOf("5")), null, en)).isTrue();
    assertThat(SeriesMatch.matches(troops, at(en, en.lastIndexOf("5")), null, en)).isFalse();
    SeriesDefinition dead = new SeriesDefinition("dead", "casualty", "PRK", List.of(), "", "me", T);
    StoredClaim casualty = at(uk, uk.indexOf("2 000"));
    assertThat(SeriesMatch.fitsUnitAndActor(dead, casualty)).isFalse();
  }

  /** A one-character quantity claim of soldiers of North Korea at {@code start} of a text. */
  private static StoredClaim at(String text, int start) {
    String t = text.substring(start, start + 1);
    Quantity q =
        new Quantity(
            start, start + 1, t, 5.0, 5.0, 5.0, Modifier.EXACT, "soldier", null, "PRK", null);
    return new StoredClaim("c", "d", "uk", null, null, null, QuantityClaim.bare(q));
  }

  private static SeriesDefinition series(String actor, List<String> keywords) {
    return new SeriesDefinition("s", "soldier", actor, keywords, "", "me", T);
  }

  private static StoredClaim claim(String unit, String actor, String subject) {
    Quantity q = new Quantity(0, 1, "5", 5.0, 5.0, 5.0, Modifier.EXACT, unit, subject, actor, null);
    return new StoredClaim("c", "d", "en", null, null, null, QuantityClaim.bare(q));
  }
}
