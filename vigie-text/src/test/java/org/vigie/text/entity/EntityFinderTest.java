package org.vigie.text.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.text.scan.FoldedText;

class EntityFinderTest {

  private static final EntityFinder FINDER = EntityFinder.builtIn();

  private static List<String> ids(String text) {
    return FINDER.find(text).stream().filter(Entity::resolved).map(Entity::id).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          la Corée du Nord                    | PRK
          les soldats nord-coréennes          | PRK
          North Korean troops                 | PRK
          Северной Кореи                      | PRK
          КНДР                                | PRK
          північнокорейських військових       | PRK
          북한이                              | PRK
          조선민주주의인민공화국              | PRK
          Pyongyang                           | PRK
          Пхеньяном                           | PRK
          평양에서                            | PRK
          la Corée du Sud                     | KOR
          Південної Кореї                     | KOR
          Séoul                               | KOR
          서울에서                            | KOR
          Moscou                              | RUS
          Москвы                              | RUS
          Київ                                | UKR
          Києві                               | UKR
          Киева                               | UKR
          Washington                          | USA
          Kim Jong Un                         | kim-jong-un
          Ким Чен Ына                         | kim-jong-un
          김정은                              | kim-jong-un
          Choe Son Hui                        | choe-son-hui
          Vladimir Poutine                    | vladimir-putin
          Путину                              | vladimir-putin
          Зеленского                          | volodymyr-zelensky
          Зеленського                         | volodymyr-zelensky
          Volodymyr Zelenski                  | volodymyr-zelensky
          Сергей Шойгу                        | sergei-shoigu
          Андрея Белоусова                    | andrei-belousov
          Kyrylo Budanov                      | kyrylo-budanov
          Kim Yong-hyun                       | kim-yong-hyun
          Shin Won-sik                        | shin-won-sik
          Cho Tae-yong                        | cho-tae-yong
          Sabrina Singh                       | sabrina-singh
          Pat Ryder                           | pat-ryder
          Antony Blinken                      | antony-blinken
          John Kirby                          | john-kirby
          Mark Rutte                          | mark-rutte
          Lloyd Austin                        | lloyd-austin
          Yoon Suk Yeol                       | yoon-suk-yeol
          Lee Seong-kweun                     | lee-seong-kweun
          Park Sun-won                        | park-sun-won
          le Service national de renseignement | kor-nis
          국정원은                            | kor-nis
          국가정보원                          | kor-nis
          the NIS                             | kor-nis
          Пентагона                           | usa-dod
          Пентагоні                           | usa-dod
          Department of Defense               | usa-dod
          미 국방부는                         | usa-dod
          ГУР                                 | ukr-hur
          Головного управління розвідки       | ukr-hur
          Главного управления разведки        | ukr-hur
          l'OTAN                              | nato
          НАТО                                | nato
          나토                                | nato
          KCNA                                | prk-kcna
          조선중앙통신                        | prk-kcna
          Yonhap                              | kor-yonhap
          Йонхап                              | kor-yonhap
          연합뉴스는                          | kor-yonhap
          합참은                              | kor-jcs
          합동참모본부                        | kor-jcs
          la Maison-Blanche                   | usa-white-house
          Белом доме                          | usa-white-house
          Білому домі                         | usa-white-house
          백악관                              | usa-white-house
          MSMT                                | msmt
          Koursk                              | rus-kursk
          Курской                             | rus-kursk
          Курську                             | rus-kursk
          Курщині                             | rus-kursk
          쿠르스크                            | rus-kursk
          Vladivostok                         | rus-vladivostok
          Najin                               | prk-najin
          Donbas                              | ukr-donbas
          Запоріжжі                           | ukr-zaporizhzhia
          KN-23                               | kn-23
          KN-24                               | kn-24
          M1989 Koksan                        | koksan
          240-mm MRL                          | mrl-240
          북한군이                            | prk-kpa
          """)
  void aliases_and_inflected_forms_resolve(String text, String id) {
    assertThat(ids(text)).containsExactly(id);
  }

  @Test
  void kim_alone_is_no_one() {
    assertThat(FINDER.find("Kim a misé l'avenir de son régime. Kim said.")).isEmpty();
  }

  @Test
  void north_and_south_korea_are_told_apart() {
    assertThat(ids("la Corée du Sud et la Corée du Nord")).containsExactly("KOR", "PRK");
  }

  @Test
  void a_name_inside_a_longer_word_is_not_found() {
    assertThat(ids("un plan Pentagonal, Kurskaya? Yonhapnews, КНДРовский")).isEmpty();
  }

  @Test
  void the_pronoun_us_is_not_the_united_states() {
    assertThat(ids("He told us that US troops arrived")).containsExactly("USA");
  }

  @Test
  void a_name_written_in_lower_case_is_not_a_person() {
    assertThat(ids("rutte and putin")).isEmpty();
  }

  @Test
  void the_korean_army_word_is_the_army_not_the_bare_country() {
    assertThat(ids("북한군이 북한이탈주민과")).containsExactly("prk-kpa");
  }

  @Test
  void a_surname_after_the_full_name_resolves_to_the_same_person() {
    assertThat(ids("Deputy Press Secretary Sabrina Singh spoke. Later, Singh said more."))
        .containsExactly("sabrina-singh", "sabrina-singh");
    assertThat(ids("Пэт Райдер заявил. Слова Райдера подтвердили."))
        .containsExactly("pat-ryder", "pat-ryder");
  }

  @Test
  void an_unknown_name_after_a_title_is_a_person_candidate() {
    List<Entity> found =
        FINDER.find("Defense Minister Andrew Hastie said it. министр обороны Иванов.");
    assertThat(found)
        .filteredOn(e -> !e.resolved())
        .extracting(Entity::text, Entity::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Andrew Hastie", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("Иванов", EntityType.PERSON));
  }

  @Test
  void an_unknown_name_in_apposition_after_a_title_is_a_person_candidate() {
    List<Entity> found =
        FINDER.find("Le ministre japonais de la Défense, Nakatani, a déclaré que...");
    assertThat(found)
        .filteredOn(e -> !e.resolved())
        .extracting(Entity::text)
        .containsExactly("Nakatani");
  }

  @Test
  void unknown_organisations_and_acronyms_are_organisation_candidates() {
    List<Entity> found =
        FINDER.find("The Royal United Services Institute and the RUSI agreed with the ISW.");
    assertThat(found)
        .filteredOn(e -> !e.resolved())
        .extracting(Entity::text, Entity::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Royal United Services Institute", EntityType.ORGANISATION),
            org.assertj.core.groups.Tuple.tuple("RUSI", EntityType.ORGANISATION));
  }

  @Test
  void a_korean_name_before_a_title_is_a_person_candidate() {
    assertThat(FINDER.find("김철수 국방부 장관은 말했다"))
        .filteredOn(e -> !e.resolved())
        .extracting(Entity::text)
        .containsExactly("김철수");
  }

  @Test
  void sentence_openers_months_and_titles_are_not_candidates() {
    assertThat(FINDER.find("Selon Moscou, en Novembre. The Deputy Press Secretary said on Monday."))
        .filteredOn(e -> !e.resolved())
        .isEmpty();
  }

  @Test
  void every_entity_slices_its_own_text() {
    String text = "Selon Yonhap, le NIS estime que Pyongyang a envoyé 10 000 soldats à Koursk.";
    for (Entity e : FINDER.find(text)) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @Test
  void the_first_country_near_a_quantity_feeds_the_quantity_actor() {
    FoldedText t = FoldedText.of("10 000 soldats nord-coréens selon Zelensky");
    Entity e = FINDER.firstCountry(t, 0, t.length);
    assertThat(e.text()).isEqualTo("nord-coréens");
    assertThat(FINDER.country(e)).isEqualTo("PRK");
    assertThat(FINDER.country(FINDER.firstCountry(FoldedText.of("북한군 1만 명"), 0, 6)))
        .isEqualTo("PRK");
  }

  @Test
  void the_country_lookup_on_raw_text_keeps_offsets_of_the_whole_text() {
    String text = "Selon Kiev, 10 000 soldats nord-coréens sont arrivés.";
    int from = text.indexOf("soldats");
    Entity e = FINDER.firstCountry(text, from, text.length());
    assertThat(text.substring(e.start(), e.end())).isEqualTo("nord-coréens");
    assertThat(FINDER.country(e)).isEqualTo("PRK");
    assertThat(FINDER.firstCountry(text, 0, 5)).isNull();
  }

  @Test
  void the_shipped_list_has_a_version_and_every_type() {
    ActorList list = ActorList.builtIn();
    assertThat(list.version()).isNotBlank();
    assertThat(list.actors()).extracting(Actor::type).contains(EntityType.values());
    assertThat(list.actor("kor-nis").name()).isEqualTo("NIS");
    assertThat(list.standingFor("intelligence", "KOR").id()).isEqualTo("kor-nis");
    assertThat(list.standingFor("government", "USA").id()).isEqualTo("USA");
  }

  @Test
  void a_list_with_an_unknown_type_says_which_row() {
    String bad = "version\t1\n[actor]\nx\tplanet\t-\tX\t\t\n";
    assertThatThrownBy(() -> ActorList.read(new StringReader(bad), "mine.tsv"))
        .hasMessageContaining("mine.tsv:3")
        .hasMessageContaining("planet");
  }

  @Test
  void a_list_with_an_alias_of_an_unknown_actor_is_refused() {
    String bad = "version\t1\n[actor]\nx\tperson\t-\tX\t\t\n[alias]\ny\ten\tname\tY\n";
    assertThatThrownBy(() -> ActorList.read(new StringReader(bad), "mine.tsv"))
        .hasMessageContaining("unknown actor 'y'");
  }

  @Test
  void an_analyst_list_resolves_its_own_names() throws Exception {
    String mine =
        "version\t7\n[actor]\nrus-belousov\tperson\tRUS\tAndrei Belousov\t\t\n"
            + "[alias]\nrus-belousov\tru\tname\tБелоусов~\n";
    EntityFinder finder = new EntityFinder(ActorList.read(new StringReader(mine), "mine.tsv"));
    assertThat(finder.find("министр Белоусовым"))
        .extracting(Entity::id)
        .containsExactly("rus-belousov");
  }
}
