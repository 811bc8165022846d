package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testkit.Http;

/** What scripts do through the API: matrices and ratings, uploads, counts; and its description. */
class ApiWorkflowTest {

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

  private static Http as(String user) {
    return new Http(server.base).basic(user, TestServer.PASSWORD);
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void keeps_each_analysts_ratings_apart_and_rescores_after_a_change() throws Exception {
    byte[] example = Files.readAllBytes(Path.of("..", "examples", "ach", "nk-troops-role.json"));
    JsonNode created = json(as("ana").post("/api/ach", "application/json", example));
    String id = created.get("id").asText();
    double before = created.at("/analysis/scores/bayes_tempered/3").asDouble();

    HttpResponse<String> changed =
        as("ana").put("/api/ach/" + id + "/ratings/E6/H4", "{\"rating\":\"II\",\"note\":\"test\"}");
    assertThat(changed.statusCode()).isEqualTo(200);
    JsonNode after = json(changed);
    assertThat(after.get("changes").asInt()).isEqualTo(1);
    assertThat(after.at("/matrix/evidence/5/ratings/3").asText()).isEqualTo("II");
    assertThat(after.at("/analysis/scores/bayes_tempered/3").asDouble()).isLessThan(before);

    // The admin has not changed anything: they see the matrix as loaded.
    assertThat(json(as("admin").get("/api/ach/" + id)).at("/matrix/evidence/5/ratings/3").asText())
        .isEqualTo("CC");
    assertThat(
            json(as("vic").get("/api/ach/" + id + "?analyst=ana"))
                .at("/matrix/evidence/5/ratings/3")
                .asText())
        .isEqualTo("II");
    // Rating a cell to what it already holds records nothing.
    assertThat(
            json(as("ana").put("/api/ach/" + id + "/ratings/E6/H4", "{\"rating\":\"ii\"}"))
                .get("changes")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void says_which_field_of_a_rating_is_wrong() throws Exception {
    byte[] example = Files.readAllBytes(Path.of("..", "examples", "ach", "nk-troops-role.json"));
    String id = json(as("ana").post("/api/ach", "application/json", example)).get("id").asText();
    HttpResponse<String> bad =
        as("ana").put("/api/ach/" + id + "/ratings/E6/H4", "{\"rating\":\"maybe\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("field").asText()).isEqualTo("rating");
    HttpResponse<String> row =
        as("ana").put("/api/ach/" + id + "/ratings/E99/H4", "{\"rating\":\"C\"}");
    assertThat(row.statusCode()).isEqualTo(400);
    assertThat(json(row).get("message").asText()).contains("E99");
    assertThat(as("ana").put("/api/ach/nope/ratings/E1/H1", "{\"rating\":\"C\"}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> matrix =
        as("ana")
            .post(
                "/api/ach",
                "application/json",
                "{\"hypotheses\":[\"only one\"],\"evidence\":[]}".getBytes(StandardCharsets.UTF_8));
    assertThat(matrix.statusCode()).isEqualTo(400);
    assertThat(json(matrix).get("message").asText()).contains("at least 2 hypotheses");
  }

  @Test
  void ingests_uploaded_files_in_the_background_and_folds_a_second_copy() throws Exception {
    byte[] text = "Yonhap: 15,000 North Korean troops rotated.".getBytes(StandardCharsets.UTF_8);
    long count = json(as("vic").get("/api/stats")).get("documents").asLong();
    JsonNode first = upload(Map.of("../../yonhap.txt", text, "empty.txt", new byte[0]));
    assertThat(first.get("files"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("yonhap.txt", "empty.txt");
    assertThat(first.at("/report/added").asInt()).isEqualTo(1);
    assertThat(first.at("/report/failed").asInt()).isEqualTo(1);
    assertThat(first.at("/report/failures/0/file").asText()).isEqualTo("empty.txt");
    assertThat(first.at("/report/failures/0/reason").asText()).contains("empty");
    JsonNode second = upload(Map.of("copy.txt", text));
    assertThat(second.at("/report/duplicates").asInt()).isEqualTo(1);
    assertThat(json(as("vic").get("/api/stats")).get("documents").asLong()).isEqualTo(count + 1);
    assertThat(
            Files.list(data.resolve("uploads"))
                .filter(p -> !p.getFileName().toString().startsWith(".")))
        .isEmpty();
  }

  private static JsonNode upload(Map<String, byte[]> files) throws Exception {
    HttpResponse<String> r =
        new Http(server.base)
            .basic("ana", TestServer.PASSWORD)
            .postMultipart("/api/ingest", Map.of(), "files", new java.util.LinkedHashMap<>(files));
    assertThat(r.statusCode()).isEqualTo(202);
    String url = r.headers().firstValue("Location").orElseThrow();
    for (int i = 0; i < 600; i++) {
      JsonNode job = json(as("ana").get(url));
      if (job.get("state").asText().equals("done")) {
        return job;
      }
      assertThat(job.get("state").asText()).isIn("queued", "running");
      Thread.sleep(50);
    }
    throw new AssertionError("the ingest job did not finish in 30 s");
  }

  @Test
  void forbids_a_viewer_to_upload() {
    HttpResponse<String> r =
        new Http(server.base)
            .basic("vic", TestServer.PASSWORD)
            .postMultipart("/api/ingest", Map.of(), "files", Map.of("a.txt", new byte[] {'a'}));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void documents_every_api_route_and_no_other_in_openapi() throws Exception {
    JsonNode doc = json(new Http(server.base).get("/api/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> p = paths.next();
      p.getValue()
          .fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
    }
    Set<String> declared = new HashSet<>();
    for (Routes.Route r : server.server.routes()) {
      if (r.path().startsWith("/api/")) {
        declared.add(r.method().name() + " " + r.path());
      }
    }
    assertThat(documented).isEqualTo(declared);
  }

  @Test
  void counts_documents_by_language_and_month() throws Exception {
    JsonNode stats = json(as("vic").get("/api/stats"));
    assertThat(stats.get("documents").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(stats.at("/by_language/fr").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(stats.at("/by_published_month/2024-10").asLong()).isEqualTo(1);
    assertThat(stats.at("/by_published_month/2024-12").asLong()).isEqualTo(1);
    assertThat(json(as("vic").get("/api/me")).get("role").asText()).isEqualTo("viewer");
  }
}
