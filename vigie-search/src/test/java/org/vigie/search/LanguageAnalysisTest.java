package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.Workbench.doc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.document.Document;
import org.vigie.core.search.SearchQuery;

/** Each language's analysis: a query finds the other forms of its words, in the right language. */
class LanguageAnalysisTest {

  @TempDir Path data;
  Workbench bench;

  final Document french =
      doc("fr", "Selon Séoul, un soldat nord-coréen a été capturé dans l'oblast.");
  final Document english =
      doc("en", "North Korea's soldiers were deployed to Kursk, the Pentagon said.");
  final Document russian = doc("ru", "Военные КНДР прибыли в Курскую область.");
  final Document ukrainian = doc("uk", "Українські військові захопили двох солдатів КНДР.");
  final Document korean = doc("ko", "국정원은 북한이 러시아에 병력을 보냈다고 밝혔다.");
  final Document german =
      doc("de", "Nordkoreanische Soldaten kämpfen in Kursk, sagte der Ärzte-Verband.");

  @BeforeEach
  void index() {
    bench = new Workbench(data).add(french, english, russian, ukrainian, korean, german);
  }

  @AfterEach
  void close() {
    bench.close();
  }

  @Test
  void french_plural_finds_the_singular_and_elision_is_undone() {
    assertThat(bench.ids("soldats")).contains(french.id());
    assertThat(bench.ids("oblast")).containsExactly(french.id());
    assertThat(bench.ids("coreen")).containsExactly(french.id());
  }

  @Test
  void english_singular_finds_the_plural_and_the_possessive() {
    assertThat(bench.ids("soldier")).containsExactly(english.id());
    assertThat(bench.ids("korea deploying")).containsExactly(english.id());
  }

  @Test
  void russian_forms_share_a_stem() {
    assertThat(bench.ids("военных")).containsExactly(russian.id());
    assertThat(bench.ids("курской")).containsExactly(russian.id());
  }

  @Test
  void ukrainian_forms_share_a_lemma() {
    assertThat(bench.ids("військових")).containsExactly(ukrainian.id());
    assertThat(bench.ids("солдат")).containsExactly(ukrainian.id());
    assertThat(bench.ids("кндр")).contains(ukrainian.id());
  }

  @Test
  void a_korean_compound_finds_its_first_noun_alone() {
    assertThat(bench.ids("북한군")).containsExactly(korean.id());
    assertThat(bench.ids("러시아")).containsExactly(korean.id());
  }

  @Test
  void another_language_is_folded_by_unicode_rules() {
    assertThat(bench.ids("SOLDATEN")).containsExactly(german.id());
    assertThat(bench.ids("arzte")).containsExactly(german.id());
  }

  @Test
  void a_stop_word_of_one_language_does_not_block_another() {
    // "les" is a French stop word (dropped from French documents), an ordinary word elsewhere.
    Document play = doc("en", "Les Misérables was staged in Seoul.");
    bench.add(play);
    assertThat(bench.ids("les soldats")).containsExactly(french.id());
    assertThat(bench.ids("les seoul")).containsExactlyInAnyOrder(french.id(), play.id());
  }

  @Test
  void a_requested_language_limits_both_the_analysis_and_the_documents() {
    bench.add(doc("en", "A soldat is not an English word."));
    assertThat(bench.ids("soldats")).hasSize(2);
    assertThat(bench.search(SearchQuery.of("soldats").withLang("fr")).hits())
        .extracting(h -> h.id())
        .containsExactly(french.id());
    assertThat(bench.search(SearchQuery.of("soldats").withLang("FR")).total()).isEqualTo(1);
  }
}
