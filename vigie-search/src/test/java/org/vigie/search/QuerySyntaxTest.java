package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigie.search.Workbench.doc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.document.Document;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.search.SearchHit;
import org.vigie.core.search.SearchQuery;

/** Phrases, boolean operators, ranking and the errors of a query that cannot be read. */
class QuerySyntaxTest {

  @TempDir Path data;
  Workbench bench;

  final Document troops = doc("en", "About 10,000 North Korean troops moved to Kursk.");
  final Document reversed = doc("en", "Korean officials in the north said troops were ready.");
  final Document missiles = doc("en", "North Korea shipped missiles and shells to Russia.");
  final Document french = doc("fr", "Les troupes nord-coréennes sont arrivées à Koursk.");

  @BeforeEach
  void index() {
    bench = new Workbench(data).add(troops, reversed, missiles, french);
  }

  @AfterEach
  void close() {
    bench.close();
  }

  @Test
  void all_words_must_occur_by_default() {
    assertThat(bench.ids("korean troops")).containsExactlyInAnyOrder(troops.id(), reversed.id());
    assertThat(bench.ids("korean missiles")).isEmpty();
  }

  @Test
  void a_phrase_matches_its_words_in_order_only() {
    assertThat(bench.ids("\"north korean troops\"")).containsExactly(troops.id());
    assertThat(bench.ids("\"troupes nord-coréennes\"")).containsExactly(french.id());
  }

  @Test
  void or_and_not_combine_words() {
    assertThat(bench.ids("missiles OR kursk"))
        .containsExactlyInAnyOrder(missiles.id(), troops.id());
    assertThat(bench.ids("korean AND NOT kursk")).containsExactly(reversed.id());
    assertThat(bench.ids("(missiles OR officials) AND north"))
        .containsExactlyInAnyOrder(missiles.id(), reversed.id());
  }

  @Test
  void plus_requires_and_minus_excludes() {
    assertThat(bench.ids("+north -troops")).containsExactly(missiles.id());
    assertThat(bench.ids("troops -\"north korean troops\"")).containsExactly(reversed.id());
  }

  @Test
  void a_prefix_matches_every_word_it_starts() {
    assertThat(bench.ids("miss*")).containsExactly(missiles.id());
  }

  @Test
  void ranks_by_relevance_with_title_words_counting_more() {
    Document titled =
        doc("en", "Shells", "Artillery rounds were counted at the depot.", null, null);
    Document mentioned =
        doc("en", "Depot", "Among the rounds counted were shells of two calibres.", null, null);
    bench.add(titled, mentioned);
    assertThat(bench.ids("shells")).startsWith(titled.id());
    assertThat(bench.search(SearchQuery.of("shells")).hits())
        .extracting(SearchHit::score)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void an_empty_query_matches_every_document() {
    assertThat(bench.search(SearchQuery.of("")).total()).isEqualTo(4);
    assertThat(bench.search(SearchQuery.of("  ")).hits()).hasSize(4);
  }

  @Test
  void pages_through_the_hits() {
    var all = bench.ids("north OR korean OR troupes");
    assertThat(all).hasSize(4);
    var second = bench.search(SearchQuery.of("north OR korean OR troupes").withPage(2, 2));
    assertThat(second.hits())
        .extracting(SearchHit::id)
        .containsExactlyElementsOf(all.subList(2, 4));
    assertThat(second.total()).isEqualTo(4);
  }

  @Test
  void takes_a_slash_as_itself_and_never_quotes_the_parser() {
    assertThat(bench.ids("north/korean")).as("a/b").containsAll(bench.ids("\"north korean\""));
    Document guard = doc("en", "Troops guarded the Kursk bridge 24/7, officials said.");
    bench.add(guard);
    assertThat(bench.ids("24/7 troops"))
        .as("24/7 read as words, not as a regular expression")
        .contains(guard.id());
    assertThatThrownBy(() -> bench.ids("troops AND ("))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not closed")
        .hasMessageNotContaining("lexical")
        .hasMessageNotContaining("Encountered");
  }

  @Test
  void says_what_is_wrong_with_a_query_it_cannot_read() {
    assertThatThrownBy(() -> bench.ids("\"north korean"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot read the query '\"north korean'")
        .hasMessageContaining("Quote phrases");
    assertThatThrownBy(() -> bench.ids("*troops")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> bench.ids("north AND")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void escaped_special_characters_are_searched_as_text() {
    assertThat(bench.ids("10,000 AND troops")).containsExactly(troops.id());
    assertThat(bench.ids("kursk\\!")).containsExactly(troops.id());
  }
}
