package org.vigie.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.segment.Span;

class AsOfTest {

  private static final LocalDate PUB = LocalDate.of(2024, 12, 10);

  private static AsOf asOf(String lang, String text, String quantity, List<Span> frames) {
    FoldedText t = FoldedText.of(text);
    int q = text.indexOf(quantity);
    List<DateMention> dates = DateFinder.builtIn().find(t, lang, PUB);
    return AsOf.of(
        t, new Span(q, q + quantity.length()), new Span(0, text.length()), dates, PUB, frames);
  }

  private static Span frame(String text, String verb) {
    int i = text.indexOf(verb);
    return new Span(i, i + verb.length());
  }

  @Test
  void a_date_marked_as_of_is_the_figures_date() {
    AsOf a =
        asOf("en", "At least 60 missiles had been launched as of early December.", "60", List.of());
    assertThat(a.value()).isEqualTo("2024-12-01/2024-12-10");
    assertThat(a.basis()).isEqualTo(AsOf.Basis.STATED);
    assertThat(
            asOf("fr", "Au 4 novembre, 10 000 soldats étaient à Koursk.", "10 000", List.of())
                .value())
        .isEqualTo("2024-11-04");
    assertThat(
            asOf(
                    "ru",
                    "По состоянию на 4 ноября, в Курской области 10 000 военных.",
                    "10 000",
                    List.of())
                .value())
        .isEqualTo("2024-11-04");
    assertThat(
            asOf(
                    "uk",
                    "Станом на 4 листопада в Курській області 10 000 військових.",
                    "10 000",
                    List.of())
                .value())
        .isEqualTo("2024-11-04");
    assertThat(asOf("ko", "11월 4일 기준 북한군 1만 명이 쿠르스크에 있다.", "1만", List.of()).value())
        .isEqualTo("2024-11-04");
  }

  @Test
  void a_target_date_is_not_the_figures_date() {
    AsOf a =
        asOf(
            "en",
            "The NIS believes Pyongyang plans to send 10,000 troops by December.",
            "10,000",
            List.of());
    assertThat(a.basis()).isEqualTo(AsOf.Basis.PUBLICATION);
    assertThat(a.value()).isEqualTo("2024-12-10");
    assertThat(
            asOf(
                    "fr",
                    "Pyongyang prévoit d'envoyer 10 000 militaires d'ici décembre.",
                    "10 000",
                    List.of())
                .basis())
        .isEqualTo(AsOf.Basis.PUBLICATION);
    assertThat(asOf("ko", "12월까지 1만 명을 보낼 계획이다.", "1만", List.of()).basis())
        .isEqualTo(AsOf.Basis.PUBLICATION);
  }

  @Test
  void the_day_a_figure_was_stated_is_its_date_when_the_sentence_gives_one() {
    String text = "Environ 12 000 soldats ont été déployés, a déclaré lundi Volodymyr Zelensky.";
    AsOf a = asOf("fr", text, "12 000", List.of(frame(text, "a déclaré")));
    assertThat(a.basis()).isEqualTo(AsOf.Basis.STATEMENT);
    assertThat(a.value()).isEqualTo("2024-12-09");
    String en = "About 11,000 troops are in Kursk, Singh said on Monday.";
    assertThat(asOf("en", en, "11,000", List.of(frame(en, "said"))).value())
        .isEqualTo("2024-12-09");
  }

  @Test
  void a_start_date_is_not_the_figures_date() {
    AsOf a = asOf("en", "Since Oct. 8, 1,500 troops have been moved.", "1,500", List.of());
    assertThat(a.basis()).isEqualTo(AsOf.Basis.PUBLICATION);
  }

  @Test
  void without_a_publication_and_no_stated_date_there_is_no_value() {
    AsOf a = AsOf.of("10 000 soldats.", new Span(0, 6), new Span(0, 15), List.of(), null);
    assertThat(a.value()).isNull();
  }
}
