package org.vigie.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.text.scan.FoldedText;

class SegmenterTest {

  private static List<String> sentences(String lang, String text) {
    return Segmenter.of(lang).sentences(text).stream().map(s -> s.of(text).strip()).toList();
  }

  @Test
  void french_abbreviations_and_ranks_do_not_end_a_sentence() {
    assertThat(sentences("fr", "M. Kim a parlé. Selon le gén. Ryder, c'est vrai."))
        .containsExactly("M. Kim a parlé.", "Selon le gén. Ryder, c'est vrai.");
  }

  @Test
  void english_ranks_and_initials_do_not_end_a_sentence() {
    assertThat(sentences("en", "Maj. Gen. Pat Ryder said U.S. officials agreed. Next."))
        .containsExactly("Maj. Gen. Pat Ryder said U.S. officials agreed.", "Next.");
  }

  @Test
  void a_headline_on_its_own_line_is_a_sentence() {
    assertThat(sentences("uk", "Зеленський: втрати КНДР\n\n23 грудня 2024 року. Текст."))
        .containsExactly("Зеленський: втрати КНДР", "23 грудня 2024 року.", "Текст.");
  }

  @Test
  void a_sentence_may_start_with_a_figure() {
    assertThat(
            sentences(
                "fr", "Ils sont en Russie. 1 500 autres sont arrivés. Voir art. 12 du texte."))
        .containsExactly(
            "Ils sont en Russie.", "1 500 autres sont arrivés.", "Voir art. 12 du texte.");
  }

  @Test
  void korean_sentences_split_at_their_full_stops() {
    assertThat(sentences("ko", "국정원은 밝혔다. 합참은 추정했다.")).containsExactly("국정원은 밝혔다.", "합참은 추정했다.");
  }

  @Test
  void sentences_cover_the_text_without_gaps() {
    String text = "Un. Deux ? Trois !  Quatre";
    List<Span> spans = Segmenter.of("fr").sentences(text);
    assertThat(spans.get(0).start()).isZero();
    assertThat(spans.get(spans.size() - 1).end()).isEqualTo(text.length());
    for (int i = 1; i < spans.size(); i++) {
      assertThat(spans.get(i).start()).isEqualTo(spans.get(i - 1).end());
    }
  }

  @Test
  void a_contrast_after_a_comma_starts_a_new_clause() {
    String text = "Le NIS parle de 10 000 soldats, mais Kiev en compte 12 000; Moscou dément.";
    FoldedText t = FoldedText.of(text);
    List<String> clauses =
        Clauses.of(t, new Span(0, text.length())).stream().map(s -> s.of(text).strip()).toList();
    assertThat(clauses)
        .containsExactly(
            "Le NIS parle de 10 000 soldats,", "mais Kiev en compte 12 000;", "Moscou dément.");
  }

  @Test
  void a_comma_without_a_contrast_does_not_split() {
    String text = "Selon Yonhap, 10 000 soldats, dont 500 officiers, sont arrivés.";
    assertThat(Clauses.of(FoldedText.of(text), new Span(0, text.length()))).hasSize(1);
  }
}
