package org.vigie.text.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimaizeLanguageIdentifierTest {

  private static final LanguageIdentifier IDENTIFIER = new OptimaizeLanguageIdentifier();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Selon le renseignement sud-coréen, environ 3 000 soldats ont été envoyés en Russie.
          fr | Les troupes nord-coréennes seraient engagées dans des combats à Koursk.
          en | The Pentagon said around 10,000 North Korean soldiers were sent to train in Russia.
          en | Officials could not independently verify the casualty figures.
          ru | По данным разведки, около 12 тысяч северокорейских военных находятся в Курской области.
          ru | Пресс-секретарь заявил, что потери составляют около тысячи человек.
          uk | За даними ГУР, понад 11 тисяч військових КНДР перебувають у Курській області.
          uk | Зеленський заявив, що втрати військ перевищили три тисячі.
          ko | 국가정보원은 북한군 약 1만 1천 명이 러시아에 파병된 것으로 추정했다.
          ko | 합참은 북한군 사상자가 약 1천100명이라고 밝혔다.
          de | Nordkorea hat nach Angaben des Geheimdienstes etwa hundert ballistische Raketen an Russland geliefert.
          """)
  void names_the_language_of_a_news_sentence(String expected, String sentence) {
    assertThat(IDENTIFIER.identify(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''
          12 000
          Kim a dit
          ---- 2024-11-04 ----
          """)
  void says_undetermined_when_the_text_is_too_short_to_tell(String text) {
    assertThat(IDENTIFIER.identify(text == null ? "" : text)).isEqualTo("und");
  }

  @Test
  void decides_on_a_sample_of_a_very_long_text() {
    String longText = "Les soldats nord-coréens sont arrivés à Koursk. ".repeat(150_000);
    assertThat(IDENTIFIER.identify(longText)).isEqualTo("fr");
  }

  @Test
  void tells_ukrainian_from_russian_by_the_letters_only_one_uses() {
    assertThat(IDENTIFIER.identify("Військові КНДР перебувають у Курській області, є дані"))
        .isEqualTo("uk");
    assertThat(IDENTIFIER.identify("Военные КНДР находятся в Курской области, это известно"))
        .isEqualTo("ru");
  }
}
