package org.vigie.text.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;

/** What the extractor reads, one behaviour at a time, in the five languages. */
class QuantityExtractorTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  private static Quantity only(String text, String lang) {
    List<Quantity> found = EXTRACTOR.extract(text, lang);
    assertThat(found).as("quantities in '%s'", text).hasSize(1);
    return found.get(0);
  }

  /** value, low, high as written in the table ("" for null). */
  private static void assertReads(
      Quantity q, String value, String low, String high, String modifier) {
    assertThat(q.value()).as("value").isEqualTo(number(value));
    assertThat(q.low()).as("low").isEqualTo(number(low));
    assertThat(q.high()).as("high").isEqualTo(number(high));
    assertThat(q.modifier().code()).as("modifier").isEqualTo(modifier);
  }

  private static Double number(String s) {
    return s == null || s.isBlank() ? null : Double.valueOf(s);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "11 000 soldats | fr | 11000 | 11000 | 11000 | exact",
        "11\u00A0000 soldats | fr | 11000 | 11000 | 11000 | exact",
        "11\u202F000 soldats | fr | 11000 | 11000 | 11000 | exact",
        "11,000 troops | en | 11000 | 11000 | 11000 | exact",
        "11.000 soldats | fr | 11000 | 11000 | 11000 | exact",
        "1,5 million d'obus | fr | 1500000 | 1500000 | 1500000 | exact",
        "12 млн снарядов | ru | 12000000 | 12000000 | 12000000 | exact",
        "11 тисяч військових | uk | 11000 | 11000 | 11000 | exact",
        "1만 1천 명 | ko | 11000 | 11000 | 11000 | exact",
        "1,200만 발 | ko | 12000000 | 12000000 | 12000000 | exact",
        "3.5m shells | en | 3500000 | 3500000 | 3500000 | exact",
        "$1.1bn | en | 1100000000 | 1100000000 | 1100000000 | exact",
        "trois mille soldats | fr | 3000 | 3000 | 3000 | exact",
        "quatre-vingt-dix-neuf obus | fr | 99 | 99 | 99 | exact",
        "twenty-eight thousand troops | en | 28000 | 28000 | 28000 | exact",
        "в трёх тысячах километров | ru | 3000 | 3000 | 3000 | exact",
        "одиннадцать тысяч солдат | ru | 11000 | 11000 | 11000 | exact",
        "열두 명 | ko | 12 | 12 | 12 | exact",
        "천 명 | ko | 1000 | 1000 | 1000 | exact",
        "two and a half million rounds | en | 2500000 | 2500000 | 2500000 | exact",
        "deux millions et demi d'obus | fr | 2500000 | 2500000 | 2500000 | exact",
        "three dozen officers | en | 36 | 36 | 36 | exact",
        "два десятка танков | ru | 20 | 20 | 20 | exact",
        "три сотні бійців | uk | 300 | 300 | 300 | exact",
        "deux dizaines de chars | fr | 20 | 20 | 20 | exact",
        "тысячи двухсот человек | ru | 1200 | 1200 | 1200 | exact",
        "полутора тысяч солдат | ru | 1500 | 1500 | 1500 | exact",
        "half a million people | en | 500000 | 500000 | 500000 | exact",
        "un demi-million de réfugiés | fr | 500000 | 500000 | 500000 | exact",
      })
  void reads_numbers_written_every_local_way(
      String text, String lang, String value, String low, String high, String modifier) {
    assertReads(only(text, lang), value, low, high, modifier);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "11 à 12 000 hommes | fr | | 11000 | 12000 | range",
        "11,000 to 12,000 troops | en | | 11000 | 12000 | range",
        "10-12k soldiers | en | | 10000 | 12000 | range",
        "entre 10 000 et 12 000 soldats | fr | | 10000 | 12000 | range",
        "от 10 до 12 тысяч военных | ru | | 10000 | 12000 | range",
        "від 10 до 12 тисяч військових | uk | | 10000 | 12000 | range",
        "1만~1만2천명 | ko | | 10000 | 12000 | range",
        "four to five thousand people | en | | 4000 | 5000 | range",
      })
  void joins_ranges_and_lends_the_scale_of_the_second_number_to_the_first(
      String text, String lang, String value, String low, String high, String modifier) {
    assertReads(only(text, lang), value, low, high, modifier);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "des milliers de soldats | fr | | 2000 | 9999 | vague",
        "plusieurs centaines de blessés | fr | | 300 | 900 | vague",
        "des dizaines de milliers de civils | fr | | 20000 | 99999 | vague",
        "plusieurs dizaines de milliers | fr | | 20000 | 90000 | vague",
        "des centaines de milliers d'obus | fr | | 200000 | 999999 | vague",
        "quelques milliers d'ouvriers | fr | | 2000 | 5000 | vague",
        "thousands of troops | en | | 2000 | 9999 | vague",
        "tens of thousands of civilians | en | | 20000 | 99999 | vague",
        "dozens of missiles | en | | 20 | 99 | vague",
        "several thousand workers | en | | 3000 | 9000 | vague",
        "несколько сотен военных | ru | | 300 | 900 | vague",
        "сотні тисяч снарядів | uk | | 200000 | 999999 | vague",
        "수천 명 | ko | | 2000 | 9999 | vague",
        "수만 명 | ko | | 20000 | 99999 | vague",
        "une dizaine de soldats | fr | 10 | 8 | 12 | approx",
        "un millier de soldats | fr | 1000 | 800 | 1250 | approx",
        "a dozen officers | en | 12 | 10 | 14 | approx",
        "une dizaine de milliers de travailleurs | fr | 10000 | 8000 | 12000 | approx",
      })
  void reads_vague_quantities_as_the_documented_intervals(
      String text, String lang, String value, String low, String high, String modifier) {
    assertReads(only(text, lang), value, low, high, modifier);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plus de 10 000 soldats | fr | 10000 | 10000 | | gt",
        "plus d'un millier de soldats | fr | 1000 | 1000 | | gt",
        "au moins 3 000 soldats | fr | 3000 | 3000 | | ge",
        "près de 11 000 soldats | fr | 11000 | 9350 | 11000 | approx",
        "environ 1 200 hommes | fr | 1200 | 1080 | 1320 | approx",
        "jusqu'à 100 000 hommes | fr | 100000 | | 100000 | le",
        "moins de 5 % | fr | 5 | | 5 | lt",
        "nearly 12,000 troops | en | 12000 | 10200 | 12000 | approx",
        "more than 7,000 soldiers | en | 7000 | 7000 | | gt",
        "up to 6,000 troops | en | 6000 | | 6000 | le",
        "some 3,000 or more | en | 3000 | 2700 | 3300 | approx",
        "свыше 6 млн снарядов | ru | 6000000 | 6000000 | | gt",
        "не менее 3 тысяч | ru | 3000 | 3000 | | ge",
        "выросло до 3000 человек | ru | 3000 | 3000 | 3000 | exact",
        "до 5 тысяч человек | ru | 5000 | | 5000 | le",
        "щонайменше 500 офіцерів | uk | 500 | 500 | | ge",
        "майже 12 тисяч | uk | 12000 | 10200 | 12000 | approx",
        "약 1만 명 | ko | 10000 | 9000 | 11000 | approx",
        "1만여 명 | ko | 10000 | 10000 | 12000 | approx",
        "1만 명 이상 | ko | 10000 | 10000 | | ge",
        "최대 1만5천 명 | ko | 15000 | | 15000 | le",
        "5% 미만 | ko | 5 | | 5 | lt",
        "около сотни | ru | 100 | 90 | 110 | approx",
        "близько сотні тисяч | uk | 100000 | 90000 | 110000 | approx",
        "примерно о 200 погибших | ru | 200 | 180 | 220 | approx",
        "ont dépassé les 1 000 hommes | fr | 1000 | 1000 | | gt",
        "перевищували 1000 осіб | uk | 1000 | 1000 | | gt",
      })
  void applies_modifiers_as_documented(
      String text, String lang, String value, String low, String high, String modifier) {
    assertReads(only(text, lang), value, low, high, modifier);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Les Su-34, les F-16, les KN-23, le M1978, les Hwasong-11 et le S-400. | fr",
        "Les roquettes M26 ont été livrées en 2024. | fr",
        "Le 1er novembre, la 1re armée et le 11e corps. | fr",
        "Le 4 novembre 2024 à 14 h 30, selon l'article 5 (p. 12). | fr",
        "On November 4, 2024 at 10:30 a.m., the 11th Corps; see page 12. | en",
        "4 ноября 2024 года 3-я армия и 11-й корпус. | ru",
        "4 листопада 2024 року 3-тя бригада. | uk",
        "2024년 11월 4일 오후 3시 30분 제1군단 | ko",
        "Le rapport du 04.11.2024, version 1.2.3, tél. +33 1 23 45 67 89. | fr",
        "Apple Watch 5 and the FTSE 100 index. | en",
        "He scored in the 96th minute; the third wave; 24/7. | en",
        "Analysts at 38 North said so; the Group of Seven met. | en",
        "L'état-major l'a précisé à 9 heures. | fr",
        "Генштаб повідомив о 9 годині ранку. | uk",
        "보고서 3장 47쪽 | ko",
        "Leopard 2 and Challenger 2 tanks; Hwasong 17 and Shahed 136. | en",
        "Call +1 202 555 0143 or (202) 555-0143. | en",
        "Договор от 04.11, встреча в 14.30. | ru",
        "화성 17형과 천리마 1형, 2024년 3분기, 11군단과 3사단. | ko",
      })
  void leaves_out_what_is_not_a_quantity(String text, String lang) {
    assertThat(EXTRACTOR.extract(text, lang)).isEmpty();
  }

  @Test
  void reads_a_modifier_right_after_another_number_as_a_preposition() {
    List<Quantity> found = EXTRACTOR.extract("It adds $486 billion over ten years.", "en");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).modifier()).isEqualTo(Modifier.EXACT);
    assertThat(found.get(1).value()).isEqualTo(10.0);
  }

  @Test
  void reads_a_part_of_a_counted_whole_as_two_counts_and_a_bare_share_as_a_percent() {
    assertThat(EXTRACTOR.extract("сбили 23 из 28 запущенных дронов", "ru"))
        .extracting(Quantity::value)
        .containsExactly(23.0, 28.0);
    assertThat(only("one in three", "en").unit()).isEqualTo("percent");
    assertThat(EXTRACTOR.extract("Les combats ont duré 9 heures.", "fr")).hasSize(1);
  }

  @Test
  void does_not_read_en_plus_de_as_more_than() {
    Quantity q = only("des troupes en plus de millions d'obus d'artillerie", "fr");
    assertThat(q.modifier()).isEqualTo(Modifier.VAGUE);
    assertThat(q.low()).isEqualTo(2_000_000);
    assertThat(q.unit()).isEqualTo("artillery shell");
  }

  @Test
  void names_the_unit_subject_actor_and_rate() {
    Quantity q = only("Il perd plus d'un millier de soldats russes par jour.", "fr");
    assertThat(q.text()).isEqualTo("plus d'un millier de soldats russes par jour");
    assertThat(q.unit()).isEqualTo("soldier");
    assertThat(q.subject()).isEqualTo("soldats russes");
    assertThat(q.actor()).isEqualTo("RUS");
    assertThat(q.per()).isEqualTo("day");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Les milliers de soldats nord-coréens | fr | soldier | PRK",
        "10,000 North Korean troops | en | soldier | PRK",
        "11 тысяч северокорейских военных | ru | soldier | PRK",
        "11 тисяч російських військових | uk | soldier | RUS",
        "북한군 1만여 명 | ko | soldier | PRK",
        "3,000 Ukrainian soldiers | en | soldier | UKR",
        "500 South Korean officers | en | officer | KOR",
        "2,000 American troops | en | soldier | USA",
      })
  void names_the_actor_the_phrase_names(String text, String lang, String unit, String actor) {
    Quantity q = only(text, lang);
    assertThat(q.unit()).isEqualTo(unit);
    assertThat(q.actor()).isEqualTo(actor);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "North Korea has sent 10,000 troops to Russia. | en | PRK",
        "La Corée du Nord a envoyé 12 000 soldats en Russie. | fr | PRK",
        "Северная Корея направила в Россию 11 000 военных. | ru | PRK",
        "КНДР відправила до Росії 12 тисяч військових. | uk | PRK",
        "The ministry counted 40 missiles overnight. | en | ",
        "Moscow fired 40 missiles overnight. | en | RUS",
        "North Korea tested a missile. Then 3,000 soldiers paraded. | en | ",
        "The South Korean minister said North Korea had sent 6,700 containers to Russia. | en | PRK",
        "Le ministre sud-coréen a déclaré que la Corée du Nord avait envoyé 6 700 conteneurs. | fr | PRK",
      })
  void a_count_with_no_country_beside_it_takes_the_first_country_of_its_sentence(
      String text, String lang, String actor) {
    Quantity q = only(text, lang);
    assertThat(q.actor()).isEqualTo(actor);
    assertThat(q.text()).doesNotContain("Korea").doesNotContain("Коре");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "50 % des obus | fr | 50",
        "50 per cent of the shells | en | 50",
        "la moitié des obus | fr | 50",
        "half of all the shells | en | 50",
        "two-thirds of the troops | en | 66.6666666667",
        "половину снарядов | ru | 50",
        "절반 | ko | 50",
      })
  void reads_percents_and_shares_as_percents(String text, String lang, double percent) {
    Quantity q = only(text, lang);
    assertThat(q.unit()).isEqualTo("percent");
    assertThat(q.value()).isCloseTo(percent, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void reads_money_in_any_currency() {
    assertThat(only("1,5 milliard de dollars", "fr").unit()).isEqualTo("dollar");
    assertThat(only("6 млрд рублей", "ru").value()).isEqualTo(6e9);
    assertThat(only("6 млрд рублей", "ru").unit()).isEqualTo("rouble");
    assertThat(only("$6", "en").unit()).isEqualTo("dollar");
    assertThat(only("20억 달러", "ko").value()).isEqualTo(2e9);
  }

  @Test
  void reads_a_text_without_knowing_its_language_from_its_script() {
    assertThat(QuantityExtractor.rulesLanguage("Près de 11 000 soldats", "und")).isEqualTo("fr");
    assertThat(QuantityExtractor.rulesLanguage("nearly 11,000 troops", "it")).isEqualTo("en");
    assertThat(QuantityExtractor.rulesLanguage("около 11 тысяч военных", "und")).isEqualTo("ru");
    assertThat(QuantityExtractor.rulesLanguage("понад 11 тисяч військових", "bg")).isEqualTo("uk");
    assertThat(QuantityExtractor.rulesLanguage("북한군 1만여 명", "und")).isEqualTo("ko");
    assertThat(EXTRACTOR.extract("около 11 тысяч военных", "und")).hasSize(1);
  }
}
