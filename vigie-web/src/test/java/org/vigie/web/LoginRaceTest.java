package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixty password guesses sent at once over HTTP Basic, the right password the 47th: no more than
 * the throttle's limit may be checked, so the right one is never reached. A server of its own, as
 * the throttle then locks this address out.
 */
class LoginRaceTest {

  private static final int GUESSES = 60;
  private static final int RIGHT_ONE = 46;

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
  void parallel_guesses_check_at_most_the_limit_and_never_reach_the_right_password()
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool =
        Executors.newFixedThreadPool(GUESSES, r -> new Thread(r, "login-race-guess"));
    List<Future<Integer>> statuses = new ArrayList<>();
    try {
      for (int i = 0; i < GUESSES; i++) {
        String password = i == RIGHT_ONE ? TestServer.PASSWORD : "guess " + i;
        statuses.add(
            pool.submit(
                () -> {
                  go.await();
                  return new Http(server.base)
                      .basic("ana", password)
                      .get("/api/documents")
                      .statusCode();
                }));
      }
      go.countDown();
      int checked = 0;
      int refused = 0;
      for (Future<Integer> f : statuses) {
        int status = f.get(120, TimeUnit.SECONDS);
        assertThat(status).as("no guess gets in").isIn(401, 429);
        checked += status == 401 ? 1 : 0;
        refused += status == 429 ? 1 : 0;
      }
      assertThat(checked).as("passwords checked").isLessThanOrEqualTo(10);
      assertThat(refused).isGreaterThanOrEqualTo(GUESSES - 10);
    } finally {
      pool.shutdownNow();
    }
  }
}
