package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testkit.Http;

/** Who may call what, over real HTTP against an in-process server. */
class ApiSecurityTest {

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

  private static Http client() {
    return new Http(server.base);
  }

  @Test
  void answers_401_with_a_basic_challenge_without_credentials() throws Exception {
    HttpResponse<String> r = client().get("/api/documents");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm=\"vigie\""));
    assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(401);
  }

  @Test
  void answers_401_to_a_wrong_password_and_to_an_unknown_user() {
    assertThat(client().basic("ana", "not the password").get("/api/documents").statusCode())
        .isEqualTo(401);
    assertThat(client().basic("nobody", TestServer.PASSWORD).get("/api/me").statusCode())
        .isEqualTo(401);
  }

  @Test
  void lists_documents_as_json_with_http_basic() throws Exception {
    HttpResponse<String> r =
        client().basic("vic", TestServer.PASSWORD).get("/api/documents?limit=2");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode page = JSON.readTree(r.body());
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(page.get("limit").asInt()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("items").get(0).get("id").asText()).hasSize(16);
    assertThat(page.get("items").get(0).has("media_type")).isTrue();
  }

  @Test
  void names_the_field_of_a_bad_parameter_with_400() throws Exception {
    HttpResponse<String> r =
        client().basic("vic", TestServer.PASSWORD).get("/api/documents?from=yesterday");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(r.body());
    assertThat(error.get("field").asText()).isEqualTo("from");
    assertThat(error.get("message").asText()).contains("YYYY-MM-DD");
    assertThat(
            client().basic("vic", TestServer.PASSWORD).get("/api/documents/ffffffff").statusCode())
        .isEqualTo(404);
  }

  @Test
  void forbids_a_viewer_to_write_and_lets_an_analyst() throws Exception {
    String matrix =
        "{\"question\":\"Q\",\"hypotheses\":[\"A\",\"B\"],\"evidence\":[{\"id\":\"E1\","
            + "\"text\":\"t\",\"ratings\":[\"C\",\"I\"]}]}";
    HttpResponse<String> viewer =
        client()
            .basic("vic", TestServer.PASSWORD)
            .post("/api/ach", "application/json", bytes(matrix));
    assertThat(viewer.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(viewer.body()).get("message").asText()).contains("viewer");
    HttpResponse<String> analyst =
        client()
            .basic("ana", TestServer.PASSWORD)
            .post("/api/ach", "application/json", bytes(matrix));
    assertThat(analyst.statusCode()).isEqualTo(201);
    assertThat(analyst.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("/api/ach/"));
  }

  @Test
  void refuses_a_cross_site_write_made_with_basic_credentials() {
    Http ana = client().basic("ana", TestServer.PASSWORD);
    String matrix = "{\"hypotheses\":[\"A\",\"B\"],\"evidence\":[]}";
    assertThat(
            ana.post(
                    "/api/ach", "application/json", bytes(matrix), "Origin", "https://evil.example")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            ana.post("/api/ach", "application/json", bytes(matrix), "Sec-Fetch-Site", "cross-site")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            ana.post("/api/ach", "application/json", bytes(matrix), "Origin", server.base)
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void rejects_a_form_post_without_the_csrf_token_and_takes_it_with_the_token() {
    Http browser = client();
    String token = browser.login("ana", TestServer.PASSWORD);
    HttpResponse<String> without = browser.postForm("/ach/example", Map.of());
    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.body()).contains("CSRF");
    HttpResponse<String> wrong = browser.postForm("/ach/example", Map.of("_csrf", token + "x"));
    assertThat(wrong.statusCode()).isEqualTo(403);
    HttpResponse<String> with = browser.postForm("/ach/example", Map.of("_csrf", token));
    assertThat(with.statusCode()).isEqualTo(303);
    assertThat(with.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("/ach/"));
    assertThat(
            browser
                .post("/ach/example", "text/plain", new byte[0], "X-CSRF-Token", token)
                .statusCode())
        .isEqualTo(303);
  }

  @Test
  void refuses_a_session_request_from_another_site_even_with_its_token() {
    Http browser = client();
    String token = browser.login("ana", TestServer.PASSWORD);
    HttpResponse<String> foreign =
        browser.postForm("/ach/example", Map.of("_csrf", token), "Origin", "https://evil.example");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("evil.example");
    HttpResponse<String> crossSite =
        browser.postForm("/ach/example", Map.of("_csrf", token), "Sec-Fetch-Site", "cross-site");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    HttpResponse<String> sameSite =
        browser.postForm("/ach/example", Map.of("_csrf", token), "Origin", server.base);
    assertThat(sameSite.statusCode()).isEqualTo(303);
  }

  @Test
  void answers_401_to_a_basic_header_without_a_colon_or_not_base64() throws Exception {
    String noColon =
        "Basic " + Base64.getEncoder().encodeToString("ana".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = client().get("/api/documents", "Authorization", noColon);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(r.body()).get("message").asText()).contains("no colon");
    HttpResponse<String> garbage =
        client().get("/api/documents", "Authorization", "Basic %%%not-base64");
    assertThat(garbage.statusCode()).isEqualTo(401);
    assertThat(garbage.body()).doesNotContain("Exception").doesNotContain("at io.javalin");
  }

  @Test
  void refuses_a_login_form_posted_without_its_token() {
    Http browser = client();
    browser.get("/login");
    HttpResponse<String> r =
        browser.postForm("/login", Map.of("name", "ana", "password", TestServer.PASSWORD));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void sends_pages_to_the_login_form_and_back_after_logging_in() {
    Http browser = client();
    HttpResponse<String> r = browser.get("/documents?lang=fr");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).contains("/login?next=%2Fdocuments%3Flang%3Dfr");
    String token = Http.csrfToken(browser.get("/login?next=%2Fdocuments%3Flang%3Dfr").body());
    HttpResponse<String> login =
        browser.postForm(
            "/login",
            Http.fields(
                "_csrf",
                token,
                "name",
                "ana",
                "password",
                TestServer.PASSWORD,
                "next",
                "/documents?lang=fr"));
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).contains("/documents?lang=fr");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
    assertThat(browser.get("/documents?lang=fr").statusCode()).isEqualTo(200);
  }

  @Test
  void ends_the_session_at_logout() {
    Http browser = client();
    String token = browser.login("vic", TestServer.PASSWORD);
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    assertThat(browser.postForm("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(303);
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void says_wrong_password_on_the_login_form_without_telling_which_part_was_wrong() {
    Http browser = client();
    String token = Http.csrfToken(browser.get("/login").body());
    HttpResponse<String> r =
        browser.postForm("/login", Map.of("_csrf", token, "name", "ana", "password", "nope"));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("Wrong user name or password.");
  }

  @Test
  void forbids_a_viewer_the_upload_page() {
    Http browser = client();
    browser.login("vic", TestServer.PASSWORD);
    assertThat(browser.get("/ingest").statusCode()).isEqualTo(403);
    assertThat(browser.get("/ach").statusCode()).isEqualTo(200);
  }

  @Test
  void puts_security_headers_on_pages_api_and_static_files() {
    for (HttpResponse<String> r :
        new HttpResponse[] {
          client().get("/login"), client().get("/api/health"), client().get("/static/app.js")
        }) {
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void more_files_than_the_limit_is_a_400_that_says_the_limit() {
    Http browser = new Http(server.base);
    String token = browser.login("ana", TestServer.PASSWORD);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < 1001; i++) {
      files.put("f" + i + ".txt", ("report " + i).getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> r =
        browser.postMultipart("/ingest", Map.of("_csrf", token), "files", files);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("1,000 files").doesNotContain("Vigie failed to answer");
  }
}
