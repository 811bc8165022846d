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

/** Search over HTTP: the API, the results page, and the hostile document's snippet. */
class SearchApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(data);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Http viewer() {
    return new Http(server.base).basic("vic", TestServer.PASSWORD);
  }

  @Test
  void finds_documents_with_marked_snippets_and_facets() throws Exception {
    HttpResponse<String> r = viewer().get("/api/search?q=soldiers");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("total").asLong()).isEqualTo(2); // the wire's Pentagon and hostile.html
    for (JsonNode hit : body.get("items")) {
      String snippet = hit.get("snippet").asText();
      JsonNode mark = hit.get("marks").get(0);
      assertThat(snippet.substring(mark.get(0).asInt(), mark.get(1).asInt()))
          .isEqualToIgnoringCase("soldiers");
    }
    assertThat(body.at("/facets/lang/en").asLong()).isEqualTo(2);
    JsonNode french = JSON.readTree(viewer().get("/api/search?q=soldats&lang=fr").body());
    assertThat(french.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void needs_credentials_and_says_which_parameter_is_wrong() throws Exception {
    assertThat(new Http(server.base).get("/api/search?q=x").statusCode()).isEqualTo(401);
    HttpResponse<String> r = viewer().get("/api/search?q=x&lang=not%20a%20tag");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("field").asText()).isEqualTo("lang");
  }

  @Test
  void escapes_hostile_snippets_and_marks_only_the_matches() {
    Http browser = new Http(server.base);
    browser.login("vic", TestServer.PASSWORD);
    String html = browser.get("/search?q=onerror").body();
    assertThat(html).contains("<mark>onerror</mark>").doesNotContain("<img src=x");
    assertThat(html).contains("&lt;img src=x <mark>onerror</mark>");
  }
}
