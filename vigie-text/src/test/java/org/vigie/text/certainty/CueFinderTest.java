package org.vigie.text.certainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueFinderTest {

  private static final CueFinder FINDER = CueFinder.builtIn();

  private static List<String> cues(String lang, String text) {
    return FINDER.read(text, lang).cues().stream()
        .map(c -> c.cueClass().code() + ":" + c.text())
        .toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Pyongyang pourrait envoyer des renforts.                  | modal:pourrait
          fr | Les pertes semblent lourdes.                              | modal:semblent
          fr | Le président a laissé entendre que le chiffre augmenterait.| insinuation:a laissé entendre
          fr | Selon des informations non confirmées, ils sont à Koursk.  | unverified:Selon des informations non confirmées
          fr | La Maison-Blanche a confirmé le déploiement.               | confirmed:a confirmé
          fr | Le NIS estime le contingent à 12 000 hommes.               | estimate:estime
          fr | Ils sont probablement à Koursk.                            | estimative:probablement
          fr | Kiev a démenti.                                            | denial:a démenti
          en | About 3,000 troops reportedly arrived.                     | reportative:reportedly
          en | The soldiers allegedly crossed the border.                 | reportative:allegedly
          en | North Korea may send more.                                 | modal:may
          en | The figures could not be independently verified.          | unverified:could not be independently verified
          en | The claim is unconfirmed.                                  | unverified:unconfirmed
          en | Casualties are believed to be high.                        | estimate:believed
          en | The Pentagon confirmed the move.                           | confirmed:confirmed
          en | It is highly likely that they fought.                      | estimative:highly likely
          ru | Якобы погибли 500 солдат.                                  | reportative:Якобы
          ru | Предположительно, военные прибыли.                         | reportative:Предположительно
          ru | Возможно, их больше.                                       | modal:Возможно
          ru | По неподтверждённым данным, погибли 500 солдат.            | unverified:По неподтверждённым данным
          ru | Пентагон подтвердил эти данные.                            | confirmed:подтвердил
          ru | Вероятно, их около 11 тысяч.                               | estimative:Вероятно
          uk | Нібито загинули 500 військових.                            | reportative:Нібито
          uk | Імовірно, їх близько 1 500.                                | estimative:Імовірно
          uk | Можливо, їх більше.                                        | modal:Можливо
          uk | За неперевіреними даними, загинули 500 військових.         | unverified:За неперевіреними даними
          ko | 북한군 3천 명이 도착한 것으로 보인다.                        | modal:것으로 보인다
          ko | 사상자는 1천 명으로 추정된다.                                | estimate:추정된다
          ko | 북한군이 도착한 것으로 알려졌다.                             | reportative:것으로 알려졌다
          ko | 추가 파병 가능성이 있다.                                     | modal:가능성이
          ko | 국방부는 이를 확인했다.                                      | confirmed:확인했다
          """)
  void finds_a_cue_and_its_class(String lang, String text, String expected) {
    assertThat(cues(lang, text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Environ 3 000 soldats sont arrivés.
          en | About 3,000 troops arrived in May.
          ru | Около 3 000 солдат прибыли.
          uk | Близько 3 000 військових прибули.
          ko | 약 3천 명이 도착했다.
          fr | Le portrait et le retrait des troupes.
          """)
  void approximation_and_lookalike_words_are_not_hedges(String lang, String text) {
    assertThat(cues(lang, text)).isEmpty();
    assertThat(FINDER.read(text, lang).probability()).isNull();
  }

  @Test
  void the_french_journalistic_conditional_is_reportative() {
    assertThat(cues("fr", "Les pertes nord-coréennes dépasseraient 3 000 hommes."))
        .containsExactly("reportative:dépasseraient");
    assertThat(cues("fr", "1 500 soldats auraient quitté la Corée du Nord."))
        .containsExactly("reportative:auraient");
  }

  @Test
  void a_conditional_under_si_is_hypothetical_not_reportative() {
    assertThat(cues("fr", "Si la Corée envoyait des renforts, la Russie disposerait de réserves."))
        .isEmpty();
    assertThat(cues("fr", "S'il le fallait, Moscou enverrait 10 000 hommes.")).isEmpty();
  }

  @Test
  void a_future_in_the_past_after_a_past_verb_and_que_is_not_reportative() {
    assertThat(cues("fr", "Le NIS a indiqué que Pyongyang enverrait 10 000 militaires."))
        .containsExactly("attribution:a indiqué");
    assertThat(cues("fr", "Le NIS a indiqué que 1 500 soldats auraient quitté le pays."))
        .containsExactly("attribution:a indiqué", "reportative:auraient");
  }

  @Test
  void a_wish_is_not_a_hedge() {
    assertThat(cues("fr", "Moscou voudrait recruter davantage.")).isEmpty();
  }

  @Test
  void the_french_conditional_is_read_only_in_french() {
    assertThat(cues("en", "The Mirait project")).isEmpty();
  }

  @Test
  void a_negated_confirmation_is_unverified_not_a_booster() {
    assertThat(cues("en", "The figure has not been confirmed."))
        .containsExactly("unverified:not been confirmed");
    assertThat(cues("fr", "Le chiffre n'a pas été confirmé."))
        .containsExactly("unverified:n'a pas été confirmé");
  }

  @Test
  void the_month_may_is_not_the_modal_may() {
    assertThat(cues("en", "In May, troops arrived.")).isEmpty();
  }
}
