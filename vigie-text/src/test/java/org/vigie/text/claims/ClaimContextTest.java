package org.vigie.text.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.judgement.IcdLikelihood;
import org.vigie.text.date.AsOf;
import org.vigie.text.entity.Entity;
import org.vigie.text.segment.Span;

/** The whole claim context on the example reports shipped under examples/corpus. */
class ClaimContextTest {

  private static final Path REPORTS = Path.of("../examples/corpus/reports");
  private static final ClaimContext CONTEXT = ClaimContext.builtIn();

  private static String read(String file, Charset cs) throws IOException {
    return new String(Files.readAllBytes(REPORTS.resolve(file)), cs);
  }

  private static Span span(String text, String quantity, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(quantity, at + 1);
    }
    return new Span(at, at + quantity.length());
  }

  @Test
  void a_french_report_attributes_each_figure_to_its_source() throws IOException {
    String text = read("fr/2024-10-23-nis-3000.txt", StandardCharsets.UTF_8);
    List<Span> spans =
        List.of(
            span(text, "3 000 soldats", 1),
            span(text, "10 000 militaires", 0),
            span(text, "1 500 membres", 0),
            span(text, "3 000 soldats", 2));
    Claims c = CONTEXT.read(text, "fr", LocalDate.of(2024, 10, 23), spans);
    QuantityContext first = c.quantities().get(0);
    assertThat(first.speaker()).isEqualTo("Cho Tae-yong");
    assertThat(first.relayedBy()).isEqualTo("Park Sun-won");
    assertThat(first.asOf().basis()).isEqualTo(AsOf.Basis.STATEMENT);
    assertThat(first.asOf().value()).isEqualTo("2024-10-23");
    QuantityContext plan = c.quantities().get(1);
    assertThat(plan.speaker()).isEqualTo("NIS");
    assertThat(plan.certainty().likelihood()).isEqualTo(IcdLikelihood.LIKELY);
    assertThat(plan.asOf().basis()).isEqualTo(AsOf.Basis.PUBLICATION);
    QuantityContext hedged = c.quantities().get(2);
    assertThat(hedged.speaker()).isNull();
    assertThat(hedged.certainty().likelihood()).isEqualTo(IcdLikelihood.ROUGHLY_EVEN_CHANCE);
    QuantityContext confirmed = c.quantities().get(3);
    assertThat(confirmed.speaker()).isEqualTo("White House");
    assertThat(confirmed.certainty().likelihood()).isEqualTo(IcdLikelihood.ALMOST_CERTAIN);
    assertThat(c.dates()).extracting(d -> d.value()).contains("2024-10-23", "2024-10-08");
  }

  @Test
  void a_russian_report_in_a_legacy_encoding_reads_the_same() throws IOException {
    String text = read("ru/2024-11-04-kursk.cp1251.txt", Charset.forName("windows-1251"));
    Claims c =
        CONTEXT.read(
            text,
            "ru",
            LocalDate.of(2024, 11, 4),
            List.of(span(text, "10 000", 0), span(text, "11 до 12", 0), span(text, "11 тысяч", 0)));
    assertThat(c.quantities())
        .extracting(QuantityContext::speaker)
        .containsExactly("Pentagon", "Pat Ryder", "Volodymyr Zelensky");
    assertThat(c.quantities().get(1).hedges()).extracting(h -> h.text()).contains("может");
  }

  @Test
  void a_korean_report_finds_the_topic_as_speaker() throws IOException {
    String text = read("ko/2024-10-18-nis.txt", StandardCharsets.UTF_8);
    Claims c =
        CONTEXT.read(
            text,
            "ko",
            LocalDate.of(2024, 10, 18),
            List.of(
                span(text, "1만 2천 명", 0), span(text, "1천500여 명", 0), span(text, "1만 3천여 개", 0)));
    assertThat(c.quantities())
        .extracting(QuantityContext::speaker)
        .containsExactly("NIS", "NIS", "군 당국");
    assertThat(c.entities()).extracting(Entity::id).contains("kor-nis", "PRK", "RUS", "prk-najin");
  }

  @Test
  void without_quantities_the_entities_and_dates_are_still_read() {
    Claims c = CONTEXT.read("Kim Jong Un a reçu Poutine le 19 juin 2024.", "fr", null, List.of());
    assertThat(c.quantities()).isEmpty();
    assertThat(c.entities())
        .extracting(Entity::id)
        .containsExactly("kim-jong-un", "vladimir-putin");
    assertThat(c.dates()).extracting(d -> d.value()).containsExactly("2024-06-19");
  }

  @Test
  void a_quantity_in_the_next_sentence_is_not_attributed_without_a_pronoun() {
    String text =
        "Le NIS a déclaré que 3 000 soldats étaient en Russie. 1 500 autres sont arrivés.";
    Claims c = CONTEXT.read(text, "fr", null, List.of(span(text, "1 500", 0)));
    assertThat(c.quantities().get(0).speaker()).isNull();
  }
}
