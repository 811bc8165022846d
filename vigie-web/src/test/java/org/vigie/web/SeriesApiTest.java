package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.testkit.Http;

/** The series API and pages over HTTP, on claims of the test documents. */
class SeriesApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static java.nio.file.Path data;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(data);
    TroopClaims.store(server.store);
    server
        .store
        .series()
        .add(
            new SeriesDefinition(
                "nk-troops", "soldier", "PRK", List.of(), "", "ana", Instant.now()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void an_analyst_excludes_a_claim_with_the_form_and_the_series_follows() throws Exception {
    Http analyst = new Http(server.base);
    String token = analyst.login("ana", TestServer.PASSWORD);
    JsonNode before = JSON.readTree(as("ana").get("/api/series/nk-troops").body());
    String claim = before.at("/members/0/claim").asText();
    HttpResponse<String> r =
        analyst.postForm(
            "/series/nk-troops/claims/" + claim,
            java.util.Map.of("_csrf", token, "decision", "exclude"));
    assertThat(r.statusCode()).isEqualTo(303);
    JsonNode after = JSON.readTree(as("ana").get("/api/series/nk-troops").body());
    assertThat(after.at("/members/0/member").asText()).isEqualTo("excluded");
    assertThat(after.at("/model/reports").asInt())
        .isEqualTo(before.at("/model/reports").asInt() - 1);
    analyst.postForm(
        "/series/nk-troops/claims/" + claim, java.util.Map.of("_csrf", token, "decision", "join"));
    Http viewer = new Http(server.base);
    String viewerToken = viewer.login("vic", TestServer.PASSWORD);
    assertThat(
            viewer
                .postForm(
                    "/series/nk-troops/claims/" + claim,
                    java.util.Map.of("_csrf", viewerToken, "decision", "exclude"))
                .statusCode())
        .isEqualTo(403);
  }

  private static Http as(String user) {
    return new Http(server.base).basic(user, TestServer.PASSWORD);
  }

  @Test
  void lists_the_series_and_gives_one_with_members_estimates_sources_and_revisions()
      throws Exception {
    JsonNode list = JSON.readTree(as("vic").get("/api/series").body());
    assertThat(list.at("/items/0/name").asText()).isEqualTo("nk-troops");
    JsonNode s = JSON.readTree(as("vic").get("/api/series/nk-troops").body());
    assertThat(s.get("members")).hasSize(8);
    assertThat(s.at("/model/reports").asInt()).isEqualTo(8);
    JsonNode estimates = s.get("estimates");
    assertThat(estimates.size()).isGreaterThan(8);
    for (JsonNode e : estimates) {
      assertThat(e.get("low95").asDouble()).isLessThanOrEqualTo(e.get("low50").asDouble());
      assertThat(e.get("low50").asDouble()).isLessThanOrEqualTo(e.get("median").asDouble());
      assertThat(e.get("median").asDouble()).isLessThanOrEqualTo(e.get("high50").asDouble());
    }
    assertThat(s.get("sources").findValuesAsText("source"))
        .containsExactlyInAnyOrder("NIS", "Pentagon", "Zelensky");
    assertThat(s.get("revisions")).hasSize(6);
  }

  @Test
  void an_unknown_series_is_404_and_the_page_and_panel_render() {
    assertThat(as("vic").get("/api/series/nothing").statusCode()).isEqualTo(404);
    Http viewer = new Http(server.base);
    viewer.login("vic", TestServer.PASSWORD);
    HttpResponse<String> page = viewer.get("/series/nk-troops");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"bias-table\"").contains("data-chart=");
    assertThat(page.body()).doesNotContain("Exclude"); // a viewer does not decide
    HttpResponse<String> panel = viewer.get("/series/_panel");
    assertThat(panel.body()).contains("nk-troops").contains("sparkline");
    assertThat(panel.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(20_000);
  }
}
