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
import org.vigie.testkit.Http;

/**
 * Sixty wrong password guesses sent at once over HTTP Basic: no more than the throttle's limit may
 * be checked, however they interleave; the right password sent after them is refused unchecked. A
 * server of its own, as the throttle then locks this address out.
 *
 * <p>The right password is not one of the parallel guesses: which of sixty parallel requests reach
 * the throttle first is up to the scheduler, and one admitted before the limit rightly gets in.
 */
class LoginRaceTest {

  private static final int GUESSES = 60;

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
  void parallel_guesses_check_at_most_the_limit_and_the_right_password_then_waits()
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool =
        Executors.newFixedThreadPool(GUESSES, r -> new Thread(r, "login-race-guess"));
    List<Future<Integer>> statuses = new ArrayList<>();
    try {
      for (int i = 0; i < GUESSES; i++) {
        String password = "guess " + i;
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
        assertThat(status).as("a wrong guess is refused").isIn(401, 429);
        checked += status == 401 ? 1 : 0;
        refused += status == 429 ? 1 : 0;
      }
      assertThat(checked).as("passwords checked: the limit per address").isEqualTo(10);
      assertThat(refused).isEqualTo(GUESSES - 10);
      assertThat(
              new Http(server.base)
                  .basic("ana", TestServer.PASSWORD)
                  .get("/api/documents")
                  .statusCode())
          .as("the right password, once the address is locked out")
          .isEqualTo(429);
    } finally {
      pool.shutdownNow();
    }
  }
}
