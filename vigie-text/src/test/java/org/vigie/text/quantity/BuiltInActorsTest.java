package org.vigie.text.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The country words of the actor list's [owner] section, as the quantity stage matches them. */
class BuiltInActorsTest {

  private static final BuiltInActors ACTORS = new BuiltInActors();

  private static String codeIn(String text) {
    ActorLookup.Found f = ACTORS.find(text, 0, text.length());
    return f == null ? "" : f.code() + " " + text.substring(f.start(), f.end());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a whole word, in any case
        "300 soldats nord-coréens | PRK nord-coréens",
        "North Korean troops | PRK North Korean",
        // a form ending in * is a stem: any ending follows, the match ends with the stem
        "северокорейских военных | PRK северокорейск",
        "북한군이 | PRK 북한",
        "Pyongyang's army | PRK Pyongyang",
        // a form starting with = must match letter case: the pronoun is no country
        "US troops | USA US",
        "told us | ''",
        // a form without * must end where the word ends
        "Chinatown | ''",
        "Chinese envoys | CHN Chinese",
      })
  void finds_the_country_words(String text, String expected) {
    assertThat(codeIn(text)).isEqualTo(expected);
  }
}
