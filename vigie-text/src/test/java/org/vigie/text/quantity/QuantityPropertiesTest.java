package org.vigie.text.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.vigie.core.claim.Quantity;

/**
 * Whatever the text (random Unicode, lone surrogates, digit runs of hundreds of digits, numbers
 * written every possible way and glued together), extraction never throws, every quantity's offsets
 * slice out its text, its interval is ordered and holds its value.
 */
class QuantityPropertiesTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();
  private static final List<String> LANGS = List.of("fr", "en", "ru", "uk", "ko", "und", "de");

  /** Pieces that make the scanners work hard when strung together at random. */
  private static final List<String> PIECES =
      List.of(
          "11",
          "000",
          "1",
          "12",
          "2024",
          " ",
          "\u00A0",
          "\u202F",
          ",",
          ".",
          "-",
          "–",
          "~",
          "/",
          ":",
          "%",
          "$",
          "€",
          "'",
          "’",
          "(",
          ")",
          "\n",
          "plus de ",
          "près d'",
          "un millier",
          "des milliers",
          "dizaines de milliers",
          "thousands",
          "a dozen",
          "half",
          "one",
          "two",
          "more than ",
          "up to ",
          "between ",
          " and ",
          " à ",
          " to ",
          "million",
          "milliard",
          "тысяч",
          "тисяч",
          "около ",
          "понад ",
          "млн",
          "от ",
          " до ",
          "десятки",
          "половину",
          "만",
          "천",
          "억",
          "조",
          "수천",
          "명",
          "여",
          "이상",
          "약 ",
          "열두",
          "월",
          "일",
          "시",
          "km",
          "k",
          "m",
          "bn",
          "th",
          "e",
          "er",
          "-й",
          "KN-",
          "Su-",
          "M",
          "e10",
          "e-",
          "½",
          "⅔",
          "minus",
          "sub-",
          "1/2",
          "24/7",
          "04.11.2024",
          "10^400",
          "9999999999999999999999",
          "🙂",
          "\uD800",
          "\uDC00",
          "́",
          "ё",
          "й",
          "п'ять",
          "quatre-vingt",
          "et demi",
          "and a half",
          "deux tiers",
          "3분의 1",
          "절반",
          "or more",
          "au moins",
          "s",
          " ");

  private static void check(String text, String lang) {
    List<Quantity> quantities = EXTRACTOR.extract(text, lang);
    for (Quantity q : quantities) {
      assertThat(q.start()).isBetween(0, text.length());
      assertThat(q.end()).isBetween(q.start(), text.length());
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      if (q.low() != null && q.high() != null) {
        assertThat(q.low()).isLessThanOrEqualTo(q.high());
      }
      if (q.value() != null && q.low() != null && q.high() != null) {
        assertThat(q.value())
            .isBetween(q.low() - 1e-9 * Math.abs(q.low()), q.high() + 1e-9 * Math.abs(q.high()));
      }
    }
  }

  @Test
  void any_unicode_text_gives_well_formed_quantities() {
    qt().withFixedSeed(20241104L)
        .withExamples(3000)
        .forAll(strings().allPossible().ofLengthBetween(0, 120), arbitrary().pick(LANGS))
        .checkAssert(QuantityPropertiesTest::check);
  }

  @Test
  void number_pieces_strung_at_random_give_well_formed_quantities() {
    Gen<String> texts =
        lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 60).map(l -> String.join("", l));
    qt().withFixedSeed(42L)
        .withExamples(5000)
        .forAll(texts, arbitrary().pick(LANGS))
        .checkAssert(QuantityPropertiesTest::check);
  }

  @Test
  void huge_numbers_and_long_digit_runs_do_not_break_anything() {
    Random random = new Random(7);
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
      if (random.nextInt(50) == 0) {
        digits.append(random.nextBoolean() ? ' ' : ',');
      }
    }
    for (String lang : LANGS) {
      check(digits.toString(), lang);
      check("1" + "0".repeat(400) + " soldats, 10^400 obus, " + "9".repeat(320) + " km", lang);
      check("1" + " 000".repeat(200), lang);
      check("1e400 et 1,5e308 et 2e-400", lang);
      check("un et un et un et un et ".repeat(2000) + "deux", lang);
    }
  }

  @Test
  void random_documents_of_pieces_and_letters_give_well_formed_quantities() {
    Random random = new Random(2024);
    String letters = "abcdefghijklmnopqrstuvwxyzéèàçабвгдеёжзийклмнопрстуфхцчшщыьэюяіїєґ가나다라마바사";
    for (int doc = 0; doc < 2000; doc++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(80);
      for (int i = 0; i < pieces; i++) {
        if (random.nextBoolean()) {
          b.append(PIECES.get(random.nextInt(PIECES.size())));
        } else {
          b.append(letters.charAt(random.nextInt(letters.length())));
        }
      }
      check(b.toString(), LANGS.get(random.nextInt(LANGS.size())));
    }
  }
}
