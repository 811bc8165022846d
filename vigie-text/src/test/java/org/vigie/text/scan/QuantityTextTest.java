package org.vigie.text.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pins where {@link QuantityText} reads a text otherwise than {@link FoldedText} does. */
class QuantityTextTest {

  @Test
  void outside_the_text_it_reads_nul_and_no_space() {
    QuantityText q = QuantityText.of("ab");
    FoldedText f = FoldedText.of("ab");
    assertThat(q.at(-1)).isEqualTo('\0');
    assertThat(q.at(2)).isEqualTo('\0');
    assertThat(q.space(2)).isFalse();
    assertThat(f.at(2)).isEqualTo(' ');
    assertThat(f.space(2)).isTrue();
  }

  @Test
  void latin_extended_b_letters_keep_their_accent() {
    QuantityText q = QuantityText.of("Șapte");
    FoldedText f = FoldedText.of("Șapte");
    assertThat(q.folded(0, q.length)).isEqualTo("șapte");
    assertThat(f.folded(0, f.length)).isEqualTo("sapte");
    assertThat(QuantityText.of("Corée").folded(0, 5)).isEqualTo("coree");
  }

  @Test
  void skipping_spaces_stops_at_a_paragraph_break() {
    String text = "a \n\n b";
    assertThat(QuantityText.of(text).skipSpace(1)).isEqualTo(3);
    assertThat(QuantityText.of(text).skipSpaceBack(5)).isEqualTo(3);
    assertThat(QuantityText.of("a \n b").skipSpace(1)).isEqualTo(4);
    assertThat(FoldedText.of(text).skipSpaces(1)).isEqualTo(5);
    assertThat(FoldedText.of(text).skipSpacesBack(5)).isEqualTo(1);
  }

  @Test
  void a_word_is_letters_only() {
    String text = "ab12 ";
    assertThat(QuantityText.of(text).wordEnd(0)).isEqualTo(2);
    assertThat(QuantityText.of("12ab").wordStartBack(4)).isEqualTo(2);
    assertThat(FoldedText.of(text).wordEnd(0)).isEqualTo(4);
  }

  @Test
  void original_marks_stay_apart() {
    QuantityText q = QuantityText.of("（5）");
    assertThat(q.at(0)).isEqualTo('(');
    assertThat(q.original(0)).isEqualTo('（');
    assertThat(q.digit(1)).isTrue();
    assertThat(q.endsWith(3, "5)")).isTrue();
  }
}
