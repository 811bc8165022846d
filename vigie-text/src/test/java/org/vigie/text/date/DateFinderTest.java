package org.vigie.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

  /** A Wednesday. */
  private static final LocalDate PUB = LocalDate.of(2024, 11, 6);

  private static List<String> found(String lang, String text, LocalDate pub) {
    return DateFinder.builtIn().find(text, lang, pub).stream()
        .map(d -> d.text() + "=" + d.value() + ":" + d.kind().code())
        .toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | le 4 novembre 2024                | 4 novembre 2024=2024-11-04:day
          fr | le 1er novembre                   | 1er novembre=2024-11-01:day
          fr | 04.11.2024                        | 04.11.2024=2024-11-04:day
          fr | 04/11/2024                        | 04/11/2024=2024-11-04:day
          fr | 2024-11-04                        | 2024-11-04=2024-11-04:day
          fr | mi-octobre                        | mi-octobre=2024-10-11/2024-10-20:range
          fr | début novembre                    | début novembre=2024-11-01/2024-11-10:range
          fr | fin novembre                      | fin novembre=2024-11-21/2024-11-30:range
          fr | fin 2024                          | fin 2024=2024-09-01/2024-12-31:range
          fr | du 1er au 15 novembre             | 1er au 15 novembre=2024-11-01/2024-11-15:range
          fr | entre janvier et février 2025     | janvier et février 2025=2025-01-01/2025-02-28:range
          fr | en novembre 2024                  | novembre 2024=2024-11:month
          fr | en 2023                           | 2023=2023:year
          en | November 4, 2024                  | November 4, 2024=2024-11-04:day
          en | on Nov. 4                         | Nov. 4=2024-11-04:day
          en | 11/04/2024                        | 11/04/2024=2024-11-04:day
          en | mid-October                       | mid-October=2024-10-11/2024-10-20:range
          en | in early November                 | in early November=2024-11-01/2024-11-10:range
          en | Nov. 1-15                         | Nov. 1-15=2024-11-01/2024-11-15:range
          en | late 2024                         | late 2024=2024-09-01/2024-12-31:range
          ru | 4 ноября 2024 года                | 4 ноября 2024 года=2024-11-04:day
          ru | в середине октября                | в середине октября=2024-10-11/2024-10-20:range
          ru | в начале ноября                   | в начале ноября=2024-11-01/2024-11-10:range
          ru | с 1 по 15 ноября                  | 1 по 15 ноября=2024-11-01/2024-11-15:range
          ru | в 2024 году                       | 2024 году=2024:year
          uk | 4 листопада 2024 року             | 4 листопада 2024 року=2024-11-04:day
          uk | на початку листопада              | на початку листопада=2024-11-01/2024-11-10:range
          uk | наприкінці грудня                 | наприкінці грудня=2024-12-21/2024-12-31:range
          uk | у листопаді 2024 року             | листопаді 2024 року=2024-11:month
          ko | 2024년 11월 4일                   | 2024년 11월 4일=2024-11-04:day
          ko | 11월 4일                          | 11월 4일=2024-11-04:day
          ko | 11월 초                           | 11월 초=2024-11-01/2024-11-10:range
          ko | 10월 중순                         | 10월 중순=2024-10-11/2024-10-20:range
          ko | 11월 1~15일                       | 11월 1~15일=2024-11-01/2024-11-15:range
          ko | 2024. 11. 4.                      | 2024. 11. 4.=2024-11-04:day
          ko | 2024년                            | 2024년=2024:year
          """)
  void reads_absolute_dates_months_and_ranges(String lang, String text, String expected) {
    assertThat(found(lang, text, PUB)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | hier                   | hier=2024-11-05:day
          fr | lundi                  | lundi=2024-11-04:day
          fr | mercredi               | mercredi=2024-11-06:day
          fr | mardi dernier          | mardi dernier=2024-11-05:day
          fr | mercredi dernier       | mercredi dernier=2024-10-30:day
          fr | lundi prochain         | lundi prochain=2024-11-11:day
          fr | la semaine dernière    | la semaine dernière=2024-W44:week
          fr | ce mois-ci             | ce mois-ci=2024-11:month
          fr | l'an dernier           | l'an dernier=2023:year
          en | yesterday              | yesterday=2024-11-05:day
          en | on Monday              | Monday=2024-11-04:day
          en | last Tuesday           | last Tuesday=2024-11-05:day
          en | last week              | last week=2024-W44:week
          en | this month             | this month=2024-11:month
          ru | вчера                  | вчера=2024-11-05:day
          ru | в понедельник          | понедельник=2024-11-04:day
          ru | на прошлой неделе      | на прошлой неделе=2024-W44:week
          uk | вчора                  | вчора=2024-11-05:day
          uk | у понеділок            | понеділок=2024-11-04:day
          uk | минулого тижня         | минулого тижня=2024-W44:week
          ko | 어제                   | 어제=2024-11-05:day
          ko | 지난주                 | 지난주=2024-W44:week
          ko | 이달                   | 이달=2024-11:month
          ko | 이달 8일               | 이달 8일=2024-11-08:day
          ko | 지난 4일               | 지난 4일=2024-11-04:day
          ko | 올해                   | 올해=2024:year
          """)
  void resolves_relative_dates_against_the_publication(String lang, String text, String expected) {
    assertThat(found(lang, text, PUB)).containsExactly(expected);
  }

  @Test
  void a_day_and_month_without_a_year_take_the_nearest_year_the_past_preferred() {
    assertThat(found("fr", "en décembre", LocalDate.of(2024, 10, 23)))
        .containsExactly("décembre=2024-12:month");
    assertThat(found("fr", "le 20 novembre", LocalDate.of(2025, 2, 10)))
        .containsExactly("20 novembre=2024-11-20:day");
    assertThat(found("fr", "en janvier", LocalDate.of(2024, 12, 20)))
        .containsExactly("janvier=2025-01:month");
  }

  @Test
  void without_a_publication_only_absolute_dates_with_a_year_are_read() {
    assertThat(found("fr", "hier, le 4 novembre, et le 5 novembre 2024", null))
        .containsExactly("5 novembre 2024=2024-11-05:day");
  }

  @Test
  void quantities_and_lookalike_words_are_not_dates() {
    assertThat(found("fr", "10 000 soldats, 11 à 12 000, mais aussi 3 millions", PUB)).isEmpty();
    assertThat(found("en", "troops may arrive, march on", PUB)).isEmpty();
    assertThat(found("ru", "среди них 10 000 военных", PUB)).isEmpty();
    assertThat(found("uk", "КНДР має 10 тисяч", PUB)).isEmpty();
  }

  @Test
  void an_ambiguous_month_name_is_a_month_after_a_preposition() {
    assertThat(found("fr", "en mai", PUB)).containsExactly("mai=2024-05:month");
    assertThat(found("en", "in May", PUB)).containsExactly("May=2024-05:month");
  }

  @Test
  void relative_dates_say_so() {
    List<DateMention> d = DateFinder.builtIn().find("hier et le 4 novembre 2024", "fr", PUB);
    assertThat(d).extracting(DateMention::relative).containsExactly(true, false);
  }
}
