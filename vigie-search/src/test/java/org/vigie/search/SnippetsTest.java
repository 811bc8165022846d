package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.Workbench.doc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.search.SearchQuery;
import org.vigie.core.search.Snippet;

/** Snippets: the best passages, matched words marked, whatever form of the word matched. */
class SnippetsTest {

  @TempDir Path data;
  Workbench bench;

  @BeforeEach
  void open() {
    bench = new Workbench(data);
  }

  @AfterEach
  void close() {
    bench.close();
  }

  private Snippet snippet(String words) {
    return bench.search(SearchQuery.of(words)).hits().get(0).snippet();
  }

  @Test
  void marks_each_form_of_the_words_that_matched() {
    bench.add(doc("fr", "Un soldat a été vu. Puis des soldats nord-coréens, selon Séoul."));
    Snippet s = snippet("soldats");
    assertThat(s.marked("[", "]")).contains("[soldat]").contains("[soldats]");
    assertThat(s.marks()).hasSize(2);
  }

  @Test
  void marks_a_phrase_and_lemmas_in_ukrainian_and_korean() {
    bench.add(doc("uk", "За даними розвідки, військові КНДР прибули до Курської області."));
    assertThat(snippet("військових").marked("[", "]")).contains("[військові]");
    bench.add(doc("ko", "국정원은 북한군이 러시아에 도착했다고 밝혔다."));
    assertThat(snippet("북한군").marked("[", "]")).contains("[북한]");
  }

  @Test
  void folds_whitespace_and_keeps_marks_on_the_words() {
    bench.add(doc("en", "Line one.\n\n   North   Korean\ttroops\r\nwere seen."));
    Snippet s = snippet("troops");
    assertThat(s.text()).doesNotContain("\n").doesNotContain("  ").doesNotContain("\t");
    assertThat(s.marks())
        .singleElement()
        .satisfies(m -> assertThat(s.text().substring(m.start(), m.end())).isEqualTo("troops"));
  }

  @Test
  void cuts_long_texts_to_passages_around_the_matches() {
    String filler = "Nothing of note happened on this day at the border crossing. ".repeat(60);
    bench.add(doc("en", filler + "Then a convoy of North Korean troops crossed. " + filler));
    Snippet s = snippet("convoy");
    assertThat(s.text().length()).isLessThan(600);
    assertThat(s.marked("<", ">")).contains("<convoy>");
  }

  @Test
  void a_document_matched_by_its_title_shows_the_beginning_of_its_text() {
    bench.add(doc("en", "Kursk", "The text does not name the place.", null, null));
    Snippet s = snippet("kursk");
    assertThat(s.text()).isEqualTo("The text does not name the place.");
    assertThat(s.marks()).isEmpty();
  }
}
