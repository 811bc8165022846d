package org.vigie.text.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.claim.Quantity;

/**
 * ICU's spell-out rules as an oracle for the number lexicons: every number ICU writes out in words
 * ("quatre-vingt-dix-neuf mille", "две тысячи триста", "천이백삼십사") must be read back as that number.
 * ICU is not used to read numbers (it does not know inflected forms such as "трёх тысячах", nor
 * that a bare "тысяча" is one thousand), only to check ours.
 */
class SpelledNumbersIcuTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  @ParameterizedTest(name = "{0}: ICU spell-out read back")
  @CsvSource({"fr, ''", "en, ''", "ru, ''", "uk, ''", "ko, ' 명'"})
  void reads_back_what_icu_spells_out(String lang, String counter) {
    RuleBasedNumberFormat spell =
        new RuleBasedNumberFormat(new ULocale(lang), RuleBasedNumberFormat.SPELLOUT);
    List<Long> numbers = new ArrayList<>();
    // a lone Sino-Korean digit ("이", "삼") is a word of its own far more often than a number
    for (long n = lang.equals("ko") ? 10 : 2; n <= 1200; n++) {
      numbers.add(n);
    }
    Random random = new Random(99);
    for (int i = 0; i < 1500; i++) {
      numbers.add(2 + (long) (random.nextDouble() * random.nextDouble() * 2_000_000_000L));
    }
    List<String> wrong = new ArrayList<>();
    for (long n : numbers) {
      String text = spell.format(n) + counter;
      List<Quantity> found = EXTRACTOR.extract(text, lang);
      boolean ok = found.size() == 1 && found.get(0).value() != null && found.get(0).value() == n;
      if (!ok) {
        wrong.add(
            n
                + " '"
                + text
                + "' -> "
                + found.stream().map(q -> q.text() + "=" + q.value()).toList());
      }
    }
    assertThat(wrong).as("%d of %d read wrong", wrong.size(), numbers.size()).isEmpty();
  }
}
