package org.vigie.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static final String PAGE =
      """
      <!DOCTYPE html><html><head>
      <title>Koursk : 11 000 soldats</title>
      <meta property="article:published_time" content="2024-11-11T18:30:00+01:00">
      <script>document.write("SCRIPT-TEXT")</script>
      <style>.a { content: "STYLE-TEXT" }</style>
      </head><body>
      <header><a href="/">Exemple Presse</a></header>
      <nav class="menu">Accueil | Monde | Sport</nav>
      <div class="sidebar-widget">Les plus lus</div>
      <article>
        <h1>Koursk : 11 000 soldats nord-coréens</h1>
        <p>Le président a affirmé que <b>11 000</b> soldats étaient massés à Koursk.</p>
        <p>Les États-Unis avancent le nombre de 10 000.</p>
        <noscript>NOSCRIPT-TEXT</noscript>
        <form><input value="FORM-TEXT"><button>Envoyer</button></form>
      </article>
      <aside>Publicité</aside>
      <footer>© 2024 Mentions légales</footer>
      <script>tracker("SCRIPT-TEXT-2")</script>
      </body></html>
      """;

  @Test
  void keeps_the_article_text_as_paragraph_lines() {
    ParsedFile r = read(PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(r.text())
        .isEqualTo(
            "Koursk : 11 000 soldats nord-coréens\n"
                + "Le président a affirmé que 11 000 soldats étaient massés à Koursk.\n"
                + "Les États-Unis avancent le nombre de 10 000.");
  }

  @Test
  void drops_scripts_styles_navigation_furniture_and_forms() {
    String text = read(PAGE.getBytes(StandardCharsets.UTF_8)).text();
    assertThat(text)
        .doesNotContain(
            "SCRIPT-TEXT",
            "STYLE-TEXT",
            "NOSCRIPT-TEXT",
            "FORM-TEXT",
            "Accueil",
            "Les plus lus",
            "Publicité",
            "Mentions légales",
            "Exemple Presse",
            "Envoyer");
  }

  @Test
  void takes_the_title_and_publication_date_from_the_head() {
    ParsedFile r = read(PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(r.title()).isEqualTo("Koursk : 11 000 soldats");
    assertThat(r.published()).isEqualTo(LocalDate.of(2024, 11, 11));
    assertThat(r.mediaType()).isEqualTo("text/html");
  }

  @Test
  void reads_a_page_without_article_element_from_its_body() {
    String page =
        "<html><body><nav>Menu</nav><div><p>Around 10,000 soldiers were sent.</p></div>"
            + "<script>x()</script></body></html>";
    assertThat(read(page.getBytes(StandardCharsets.UTF_8)).text())
        .isEqualTo("Around 10,000 soldiers were sent.");
  }

  @Test
  void honours_a_declared_legacy_charset_and_guesses_an_undeclared_one() {
    String declared =
        "<html><head><meta charset=\"windows-1251\"></head><body><p>Около 12 тысяч военных"
            + " находятся в Курской области.</p></body></html>";
    assertThat(read(declared.getBytes(Charset.forName("windows-1251"))).text())
        .isEqualTo("Около 12 тысяч военных находятся в Курской области.");
    String undeclared = declared.replace("<meta charset=\"windows-1251\">", "");
    assertThat(read(undeclared.getBytes(Charset.forName("windows-1251"))).text())
        .isEqualTo("Около 12 тысяч военных находятся в Курской области.");
  }

  @Test
  void keeps_no_break_spaces_used_as_thousands_separators() {
    String page = "<p>Plus de 10\u00A0000 soldats.</p>";
    assertThat(read(page.getBytes(StandardCharsets.UTF_8)).text())
        .isEqualTo("Plus de 10\u00A0000 soldats.");
  }

  private static ParsedFile read(byte[] bytes) {
    return HtmlReader.read(bytes, "", 1_000_000);
  }
}
