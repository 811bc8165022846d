package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testkit.Http;

/** The claims over HTTP: the API's filters, the exports, the table; who may read them. */
class ClaimsApiTest {

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

  /** A browser's session: the pages and exports are not under /api, so HTTP Basic is not read. */
  private static Http browser() {
    Http h = new Http(server.base);
    h.login("vic", TestServer.PASSWORD);
    return h;
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static List<JsonNode> items(JsonNode page) {
    List<JsonNode> out = new ArrayList<>();
    page.get("items").forEach(out::add);
    return out;
  }

  @Test
  void refuses_the_claims_without_credentials() {
    Http anonymous = new Http(server.base);
    for (String path : List.of("/api/claims", "/api/claims/x")) {
      assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
    }
    for (String path : List.of("/claims", "/claims.csv", "/claims.jsonl")) {
      HttpResponse<String> r = anonymous.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(302); // to the login form
      assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/login");
    }
  }

  @Test
  void filters_by_kind_unit_and_language_and_counts_the_total() throws Exception {
    JsonNode all = json(viewer().get("/api/claims?limit=500"));
    JsonNode soldiers = json(viewer().get("/api/claims?kind=quantity&unit=soldier&limit=500"));
    assertThat(soldiers.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
    assertThat(items(soldiers)).hasSize(soldiers.get("total").asInt());
    assertThat(items(soldiers))
        .allSatisfy(
            c -> {
              assertThat(c.get("kind").asText()).isEqualTo("quantity");
              assertThat(c.get("unit").asText()).isEqualTo("soldier");
            });
    JsonNode french = json(viewer().get("/api/claims?lang=fr&limit=500"));
    assertThat(items(french))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.get("lang").asText()).isEqualTo("fr"));
    JsonNode page = json(viewer().get("/api/claims?limit=2&offset=1"));
    assertThat(items(page)).hasSize(2);
    assertThat(page.get("total").asLong()).isEqualTo(all.get("total").asLong());
    assertThat(items(page).get(0).get("id")).isEqualTo(items(all).get(1).get("id"));
  }

  @Test
  void gives_one_claim_by_id_and_404_for_an_unknown_one() throws Exception {
    JsonNode first = items(json(viewer().get("/api/claims?kind=quantity&limit=1"))).get(0);
    JsonNode one = json(viewer().get("/api/claims/" + first.get("id").asText()));
    assertThat(one).isEqualTo(first);
    assertThat(viewer().get("/api/claims/0000000000000000").statusCode()).isEqualTo(404);
  }

  @Test
  void says_which_filter_is_wrong() throws Exception {
    HttpResponse<String> r = viewer().get("/api/claims?kind=number");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("field").asText()).isEqualTo("kind");
    assertThat(viewer().get("/api/claims?from=2024-12-01&to=2024-01-01").statusCode())
        .isEqualTo(400);
    assertThat(browser().get("/claims?from=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void exports_the_filtered_claims_as_csv_and_json_lines() throws Exception {
    long soldiers = json(viewer().get("/api/claims?unit=soldier&limit=1")).get("total").asLong();
    Http browser = browser();
    HttpResponse<String> csv = browser.get("/claims.csv?unit=soldier");
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("id,document_id,lang,published,source,kind,start,end,text,");
    assertThat(lines).hasSize((int) soldiers + 1);
    String jsonl = browser.get("/claims.jsonl?unit=soldier").body();
    assertThat(jsonl.lines().map(l -> readUnchecked(l).get("unit").asText()))
        .hasSize((int) soldiers)
        .containsOnly("soldier");
  }

  @Test
  void escapes_a_hostile_claim_in_the_table_and_guards_it_in_the_csv() {
    Http browser = browser();
    String html = browser.get("/claims?kind=entity").body();
    assertThat(html).contains("&lt;script&gt;window.__pwned").doesNotContain("<script>window");
    assertThat(html).doesNotContain(TestServer.HOSTILE_ID);
    String csv = browser.get("/claims.csv?kind=entity").body();
    assertThat(csv).contains("\"<img src=x onerror=\"\"window.__pwned='tip'\"\">\"");
  }

  private static JsonNode readUnchecked(String line) {
    try {
      return JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
