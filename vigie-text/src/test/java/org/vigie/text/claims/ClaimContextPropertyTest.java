package org.vigie.text.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.vigie.text.certainty.Cue;
import org.vigie.text.date.DateMention;
import org.vigie.text.entity.Entity;
import org.vigie.text.segment.Span;

/**
 * Random text built from lexicon fragments, stray punctuation and mixed scripts never makes the
 * claim context throw, and every span it returns slices its own text.
 */
class ClaimContextPropertyTest {

  private static final String[] FRAGMENTS = {
    "selon ",
    "Selon ",
    "le NIS",
    " a déclaré ",
    "a déclaré que ",
    "Kim ",
    "Kim Jong Un",
    "Corée du ",
    "Nord",
    "Sud",
    "nord-coréen",
    "Пентагон",
    "Курск",
    "ой ",
    "Зеленськ",
    "ого",
    "북한",
    "군",
    "은 ",
    "이 ",
    "따르면 ",
    "밝혔다",
    "10 000",
    "1,200",
    " 3 ",
    "1er",
    "novembre",
    "Nov. ",
    "4",
    ",",
    ".",
    ". ",
    "; ",
    ", mais ",
    " — ",
    "-",
    "«",
    "»",
    "\"",
    "'",
    "(",
    ")",
    "\n",
    "  ",
    "mi-",
    "fin ",
    "2024",
    "년 ",
    "월 ",
    "일",
    "~",
    "hier",
    "last ",
    "Tuesday",
    "serait",
    "auraient ",
    "si ",
    "reportedly ",
    "could not be independently verified",
    "якобы ",
    "можливо ",
    "것으로 보인다",
    "according to ",
    "citing ",
    "told Reuters",
    "он ",
    "Il a ajouté ",
    "\u00A0",
    "\u2019",
    "é",
    "\uD83D\uDE00",
    "\u0301",
    "ё",
    "Ё",
    "ᄀ",
    "Ⅻ",
    "１２",
    "as of ",
    "d'ici ",
    "станом на "
  };

  private static final Gen<String> TEXTS =
      lists()
          .of(integers().between(0, FRAGMENTS.length - 1))
          .ofSizeBetween(0, 60)
          .map(
              picks -> {
                StringBuilder b = new StringBuilder();
                picks.forEach(i -> b.append(FRAGMENTS[i]));
                return b.toString();
              });

  private static final String[] LANGS = {"fr", "en", "ru", "uk", "ko", "und", null};

  @Test
  void random_text_never_throws_and_every_span_slices_its_text() {
    qt().withFixedSeed(20241104L)
        .withExamples(600)
        .forAll(TEXTS, integers().between(0, LANGS.length - 1), integers().between(0, 1000))
        .checkAssert(
            (text, lang, seed) -> {
              List<Span> spans = spans(text, seed);
              Claims c =
                  ClaimContext.builtIn()
                      .read(
                          text,
                          LANGS[lang],
                          seed % 2 == 0 ? LocalDate.of(2024, 11, 6) : null,
                          spans);
              assertThat(c.quantities()).hasSize(spans.size());
              for (Entity e : c.entities()) {
                assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
              }
              for (DateMention d : c.dates()) {
                assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
              }
              for (QuantityContext q : c.quantities()) {
                for (Cue h : q.hedges()) {
                  assertThat(text.substring(h.start(), h.end())).isEqualTo(h.text());
                }
                Double p = q.certaintyProbability();
                assertThat(p == null || (p > 0 && p < 1)).isTrue();
              }
            });
  }

  /** Some spans inside the text, derived from the seed so that a failure can be replayed. */
  private static List<Span> spans(String text, int seed) {
    List<Span> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    int n = seed % 4;
    for (int i = 0; i < n; i++) {
      int a = (seed * (i + 7) * 31) % text.length();
      int b = Math.min(text.length(), a + 1 + (seed % 9));
      out.add(new Span(a, b));
    }
    return out;
  }
}
