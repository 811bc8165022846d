package org.vigie.text.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pins where {@link QuantityPhrases} matches otherwise than {@link PhraseIndex} does. */
class QuantityPhrasesTest {

  private static String at(QuantityPhrases<String> trie, String text, int from) {
    QuantityPhrases.Match<String> m = trie.longestAt(QuantityText.of(text), from);
    return m == null ? null : text.substring(m.start(), m.end()) + "=" + m.value();
  }

  private static String before(QuantityPhrases<String> trie, String text, int end) {
    QuantityPhrases.Match<String> m = trie.longestBefore(QuantityText.of(text), end);
    return m == null ? null : text.substring(m.start(), m.end()) + "=" + m.value();
  }

  @Test
  void it_matches_backwards_from_a_word_end() {
    QuantityPhrases<String> trie = new QuantityPhrases<>();
    trie.put("en baisse", "down");
    trie.put("baisse", "fall");
    trie.freeze();
    String text = "les chiffres en baisse";
    assertThat(before(trie, text, text.length())).isEqualTo("en baisse=down");
    assertThat(before(trie, "en \nbaisse", 10)).isEqualTo("en \nbaisse=down");
    // a space in the text is matched as the phrase's space first, so a second one ends the match
    assertThat(before(trie, "en  baisse", 10)).isEqualTo("baisse=fall");
    assertThat(before(trie, "rebaisse", 8)).isNull();
  }

  @Test
  void a_prefix_match_ends_at_the_phrase_not_the_word() {
    QuantityPhrases<String> trie = new QuantityPhrases<>();
    trie.put("северокорейск", "PRK", true);
    trie.freeze();
    assertThat(at(trie, "северокорейских войск", 0)).isEqualTo("северокорейск=PRK");

    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("северокорейск*", "PRK");
    FoldedText f = FoldedText.of("северокорейских войск");
    assertThat(index.longestAt(f, 0).end()).isEqualTo("северокорейских".length());
  }

  @Test
  void a_later_put_replaces_an_earlier_one() {
    QuantityPhrases<String> trie = new QuantityPhrases<>();
    trie.put("dozen", "first");
    trie.put("Dozen", "second");
    trie.freeze();
    assertThat(at(trie, "a dozen", 2)).isEqualTo("dozen=second");
    assertThat(trie.size()).isEqualTo(1);

    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("dozen", "first");
    index.add("Dozen", "second");
    assertThat(index.longestAt(FoldedText.of("a dozen"), 2).value()).isEqualTo("first");
  }

  @Test
  void a_gap_is_spaces_or_one_hyphen() {
    QuantityPhrases<String> trie = new QuantityPhrases<>();
    trie.put("quatre vingt", "80");
    trie.freeze();
    assertThat(at(trie, "quatre-vingt", 0)).isEqualTo("quatre-vingt=80");
    assertThat(at(trie, "quatre\n vingt", 0)).isEqualTo("quatre\n vingt=80");
    // a space in the text is matched as the phrase's space first, so a second one ends the match
    assertThat(at(trie, "quatre  vingt", 0)).isNull();
    assertThat(at(trie, "quatre \nvingt", 0)).isNull();
    assertThat(at(trie, "quatre - vingt", 0)).isNull();

    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("quatre vingt", "80");
    assertThat(index.longestAt(FoldedText.of("quatre - vingt"), 0)).isNotNull();
  }

  @Test
  void a_phrase_ending_in_an_apostrophe_joins_the_next_word() {
    QuantityPhrases<String> trie = new QuantityPhrases<>();
    trie.put("jusqu'", "until");
    trie.put("mil", "thousand");
    trie.freeze();
    assertThat(at(trie, "jusqu’à 300", 0)).isEqualTo("jusqu’=until");
    assertThat(at(trie, "millions", 0)).isNull();
    assertThat(trie.contains("JUSQU'")).isTrue();
    assertThat(trie.mayStartWith('j')).isTrue();
    assertThat(trie.mayStartWith('x')).isFalse();
  }
}
