package org.vigie.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigie.core.error.InvalidInputException;

class SearchQueryTest {

  @Test
  void normalises_blank_values_to_absent_and_the_language_to_lower_case() {
    SearchQuery q = new SearchQuery("  soldats ", " FR ", null, null, " ", "", null, false, 0, 5);
    assertThat(q.text()).isEqualTo("soldats");
    assertThat(q.lang()).isEqualTo("fr");
    assertThat(q.source()).isNull();
    assertThat(q.unit()).isNull();
    assertThat(SearchQuery.of(null).text()).isEmpty();
  }

  @Test
  void refuses_what_cannot_be_searched_naming_the_field() {
    assertThatThrownBy(() -> SearchQuery.of("x").withLang("french!"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'french!' is not a language tag");
    assertThatThrownBy(() -> SearchQuery.of("x").withPage(0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("between 1 and 1000 hits, not 0");
    assertThatThrownBy(() -> SearchQuery.of("x").withPage(-1, 10))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                SearchQuery.of("x")
                    .withPublished(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 11, 1)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("from"));
  }

  @Test
  void with_methods_change_one_thing_only() {
    SearchQuery base = SearchQuery.of("troops").withLang("en").withSource("Reuters");
    SearchQuery paged = base.withPage(20, 10);
    assertThat(paged)
        .isEqualTo(
            new SearchQuery("troops", "en", null, null, "Reuters", null, null, false, 20, 10));
    assertThat(base.withClaims("soldier", "PRK", true).withClaims(null, null, false))
        .isEqualTo(base);
  }
}
