package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads past the limits are refused with a status and a sentence that say which limit. */
class UploadLimitsTest {

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
