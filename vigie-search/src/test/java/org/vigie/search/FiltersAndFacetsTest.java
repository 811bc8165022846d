package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigie.search.Workbench.doc;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.document.Document;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.search.FacetCount;
import org.vigie.core.search.Facets;
import org.vigie.core.search.IndexEntry;
import org.vigie.core.search.SearchHit;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.SearchResults;

/** Filters on language, outlet, publication date and claims; facet counts over all matches. */
class FiltersAndFacetsTest {

  @TempDir Path data;
  Workbench bench;

  final Document yonhapOct =
      doc("ko", "국정원", "북한군 1500명 러시아 파병", LocalDate.of(2024, 10, 18), "Yonhap");
  final Document yonhapNov =
      doc("ko", "국정원", "북한군 1만명 이상 러시아에", LocalDate.of(2024, 11, 2), "Yonhap");
  final Document reutersNov =
      doc(
          "en",
          "Pentagon",
          "About 10,000 North Korean troops in Russia",
          LocalDate.of(2024, 11, 4),
          "Reuters");
  final Document mondeJan =
      doc(
          "fr",
          "Koursk",
          "Environ 12 000 soldats nord-coréens en Russie",
          LocalDate.of(2025, 1, 12),
          "Le Monde");
  final Document undated = doc("en", null, "Troops of North Korea were seen in Russia", null, null);

  /** Claims as the extractor will give them: known here for two documents. */
  final Map<String, IndexEntry> claims =
      Map.of(
          reutersNov.id(),
              IndexEntry.of(reutersNov).withClaims(Set.of("soldier"), Set.of("PRK"), 1),
          mondeJan.id(),
              IndexEntry.of(mondeJan).withClaims(Set.of("soldier"), Set.of("PRK", "RUS"), 2));

  @BeforeEach
  void index() {
    bench =
        new Workbench(data, d -> claims.getOrDefault(d.id(), IndexEntry.of(d)))
            .add(yonhapOct, yonhapNov, reutersNov, mondeJan, undated);
  }

  @AfterEach
  void close() {
    bench.close();
  }

  private java.util.List<String> ids(SearchQuery q) {
    return bench.search(q).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void filters_by_language_and_by_outlet_whatever_its_case() {
    assertThat(ids(SearchQuery.of("").withLang("ko")))
        .containsExactlyInAnyOrder(yonhapOct.id(), yonhapNov.id());
    assertThat(ids(SearchQuery.of("").withSource("yonhap")))
        .containsExactlyInAnyOrder(yonhapOct.id(), yonhapNov.id());
    assertThat(ids(SearchQuery.of("russia").withSource("REUTERS")))
        .containsExactly(reutersNov.id());
    assertThat(ids(SearchQuery.of("").withSource("Le Monde"))).containsExactly(mondeJan.id());
  }

  @Test
  void filters_by_publication_date_with_both_ends_included_and_undated_left_out() {
    assertThat(
            ids(
                SearchQuery.of("")
                    .withPublished(LocalDate.of(2024, 11, 2), LocalDate.of(2024, 11, 4))))
        .containsExactlyInAnyOrder(yonhapNov.id(), reutersNov.id());
    assertThat(ids(SearchQuery.of("").withPublished(LocalDate.of(2025, 1, 1), null)))
        .containsExactly(mondeJan.id());
    assertThat(ids(SearchQuery.of("").withPublished(null, LocalDate.of(2024, 10, 18))))
        .containsExactly(yonhapOct.id());
  }

  @Test
  void refuses_a_date_range_that_ends_before_it_starts() {
    assertThatThrownBy(
            () ->
                SearchQuery.of("")
                    .withPublished(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("starts (2025-01-02) after it ends (2025-01-01)");
  }

  @Test
  void filters_on_claims_match_only_documents_whose_claims_say_so() {
    assertThat(ids(SearchQuery.of("").withClaims("soldier", null, false)))
        .containsExactlyInAnyOrder(reutersNov.id(), mondeJan.id());
    assertThat(ids(SearchQuery.of("").withClaims(null, "rus", false)))
        .containsExactly(mondeJan.id());
    assertThat(ids(SearchQuery.of("").withClaims(null, null, true)))
        .containsExactlyInAnyOrder(reutersNov.id(), mondeJan.id());
    assertThat(ids(SearchQuery.of("").withClaims("missile", null, false))).isEmpty();
  }

  @Test
  void counts_facets_over_every_match_not_only_the_page_returned() {
    SearchResults r = bench.search(SearchQuery.of("").withPage(0, 1));
    assertThat(r.hits()).hasSize(1);
    assertThat(r.total()).isEqualTo(5);
    Facets f = r.facets();
    assertThat(f.lang())
        .containsExactly(new FacetCount("en", 2), new FacetCount("ko", 2), new FacetCount("fr", 1));
    assertThat(f.source())
        .containsExactly(
            new FacetCount("Yonhap", 2),
            new FacetCount("Le Monde", 1),
            new FacetCount("Reuters", 1));
    assertThat(f.year()).containsExactly(new FacetCount("2024", 3), new FacetCount("2025", 1));
    assertThat(f.month())
        .containsExactly(
            new FacetCount("2024-10", 1),
            new FacetCount("2024-11", 2),
            new FacetCount("2025-01", 1));
  }

  @Test
  void facets_follow_the_query_and_its_filters() {
    SearchResults r = bench.search(SearchQuery.of("russia").withLang("en"));
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.facets().lang()).containsExactly(new FacetCount("en", 2));
    assertThat(r.facets().source()).containsExactly(new FacetCount("Reuters", 1));
    assertThat(bench.search(SearchQuery.of("nothing-matches-this")).facets())
        .isEqualTo(Facets.NONE);
  }

  @Test
  void hits_carry_the_metadata_of_their_document() {
    SearchHit hit = bench.search(SearchQuery.of("koursk")).hits().get(0);
    assertThat(hit.id()).isEqualTo(mondeJan.id());
    assertThat(hit.title()).isEqualTo("Koursk");
    assertThat(hit.origin()).isEqualTo(mondeJan.origin());
    assertThat(hit.lang()).isEqualTo("fr");
    assertThat(hit.published()).isEqualTo(LocalDate.of(2025, 1, 12));
    assertThat(hit.source()).isEqualTo("Le Monde");
    assertThat(hit.score()).isPositive();
  }
}
