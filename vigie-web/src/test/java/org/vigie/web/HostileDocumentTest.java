package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testkit.Http;

/** Documents are hostile: whatever markup they hold must reach the browser as text. */
class HostileDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  static TestServer server;
  static Http browser;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(data);
    browser = new Http(server.base);
    browser.login("vic", TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode find(String fileName) throws Exception {
    Http api = new Http(server.base).basic("vic", TestServer.PASSWORD);
    for (JsonNode d : JSON.readTree(api.get("/api/documents?limit=100").body()).get("items")) {
      if (d.get("origin").asText().endsWith(fileName)) {
        return d;
      }
    }
    throw new AssertionError("no document " + fileName);
  }

  @Test
  void shows_the_markup_of_a_text_document_escaped_with_its_whitespace() throws Exception {
    HttpResponse<String> r = browser.get("/documents/" + find("hostile.txt").get("id").asText());
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page)
        .contains("&lt;script&gt;window.__pwned = &#39;script&#39;; alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=&#34;window.__pwned = &#39;img&#39;&#34;&gt;")
        .contains("&#34;&gt;&lt;svg onload=alert(3)&gt; &amp; &#39; end\n  indented line\ttab");
    assertThat(page).doesNotContain("<script>window", "<img src=x", "<svg");
    assertThat(page).contains("class=\"doc-text\"");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void shows_the_escaped_markup_of_an_html_document_as_text_and_drops_its_scripts()
      throws Exception {
    JsonNode doc = find("hostile.html");
    String page = browser.get("/documents/" + doc.get("id").asText()).body();
    assertThat(page)
        .contains("&lt;img src=x onerror=alert(2)&gt; and &lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page)
        .contains("<h1 lang=")
        .contains("&lt;script&gt;alert('title')&lt;/script&gt; report</h1>");
    assertThat(page).doesNotContain("html-script", "<script>alert", "javascript:alert");
    // The only script elements are our own files.
    assertThat(page.split("<script", -1)).hasSize(3);
    assertThat(page)
        .contains("<script src=\"/webjars/htmx.org/")
        .contains("<script src=\"/static/app.js\"");
  }

  @Test
  void escapes_hostile_titles_in_the_list_and_the_dashboard() {
    assertThat(browser.get("/documents").body())
        .contains("&lt;script&gt;alert('title')&lt;/script&gt; report")
        .doesNotContain("<script>alert");
    assertThat(browser.get("/").body()).doesNotContain("<script>alert");
  }

  @Test
  void sends_an_html_original_only_as_a_sandboxed_download() throws Exception {
    JsonNode doc = find("hostile.html");
    HttpResponse<String> r = browser.get("/documents/" + doc.get("id").asText() + "/original");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"hostile.html\"");
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("sandbox");
    assertThat(r.body())
        .contains("<script>window.__pwned = 'html-script'</script>"); // byte for byte
  }

  @Test
  void serves_the_whole_text_as_plain_text_that_cannot_run() throws Exception {
    JsonNode doc = find("hostile.txt");
    HttpResponse<String> r = browser.get("/documents/" + doc.get("id").asText() + "/text");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/plain")
        .containsIgnoringCase("charset=utf-8");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("sandbox");
    assertThat(r.body()).isEqualTo(TestServer.HOSTILE_TEXT);
  }
}
