package org.vigie.text.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

  private static List<String> found(PhraseIndex<String> index, String text) {
    FoldedText t = FoldedText.of(text);
    return index.scan(t, 0, t.length).stream()
        .map(m -> text.substring(m.start(), m.end()) + "=" + m.value())
        .toList();
  }

  @Test
  void a_space_or_a_hyphen_in_a_form_matches_either_in_the_text() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Kim Jong Un", "kim");
    assertThat(found(index, "Kim Jong-un et KIM JONG UN, Kim  Jong\nUn"))
        .containsExactly("Kim Jong-un=kim", "KIM JONG UN=kim", "Kim  Jong\nUn=kim");
  }

  @Test
  void accents_and_case_are_folded_but_words_are_not_cut() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Corée du Nord", "PRK");
    index.add("Pentagone", "DOD");
    assertThat(found(index, "la COREE DU NORD, le Pentagonal, le pentagone"))
        .containsExactly("COREE DU NORD=PRK", "pentagone=DOD");
  }

  @Test
  void the_longest_form_wins() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Corée", "any");
    index.add("Corée du Sud", "KOR");
    index.add("Corée du Nord", "PRK");
    assertThat(found(index, "Corée du Sud, Corée du Nord, Corée"))
        .containsExactly("Corée du Sud=KOR", "Corée du Nord=PRK", "Corée=any");
  }

  @Test
  void a_slavic_stem_takes_case_endings_and_nothing_else() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Курск~", "kursk");
    index.add("Северн~ Коре~", "PRK");
    assertThat(found(index, "в Курской области, Курску, Курскотрон? Курсколандия; Северной Кореи"))
        .containsExactly("Курской=kursk", "Курску=kursk", "Северной Кореи=PRK");
  }

  @Test
  void a_prefix_form_takes_any_ending() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("северокорейск*", "PRK");
    index.add("추정*", "estimate");
    assertThat(found(index, "северокорейскими военными; 추정했다"))
        .containsExactly("северокорейскими=PRK", "추정했다=estimate");
  }

  @Test
  void korean_particles_may_follow_a_hangul_form_and_stay_outside_the_match() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("국정원", "nis");
    index.add("북한", "PRK");
    assertThat(found(index, "국정원은 북한이 북한이탈주민 국정원에서는"))
        .containsExactly("국정원=nis", "북한=PRK", "국정원=nis");
  }

  @Test
  void an_exact_form_must_match_the_letter_case() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("=US", "USA");
    assertThat(found(index, "US troops told us")).containsExactly("US=USA");
  }

  @Test
  void a_capitalised_form_needs_a_capital_in_the_text() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Rutte", "rutte", true);
    index.add("김정은", "kim", true);
    assertThat(found(index, "Rutte, rutte, 김정은")).containsExactly("Rutte=rutte", "김정은=kim");
  }

  @Test
  void braces_in_a_lexicon_form_list_alternatives() {
    assertThat(Lexicon.expand("nord-coréen{,ne,s,nes}|RPDC"))
        .containsExactly("nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes", "RPDC");
  }
}
