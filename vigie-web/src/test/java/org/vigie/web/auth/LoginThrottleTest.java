package org.vigie.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vigie.testkit.TestClock;

class LoginThrottleTest {

  private final TestClock clock = TestClock.at("2025-01-01T00:00:00Z");

  @Test
  void refuses_an_address_after_its_limit_until_the_window_ends() {
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
      assertThat(t.admit("10.0.0.1", "name" + i)).isEmpty();
    }
    assertThat(t.admit("10.0.0.1", "anyone")).hasValue(LoginThrottle.WINDOW.toSeconds());
    assertThat(t.admit("10.0.0.2", "anyone")).isEmpty();
    clock.advance(LoginThrottle.WINDOW.plus(Duration.ofSeconds(1)));
    assertThat(t.admit("10.0.0.1", "again")).isEmpty();
  }

  @Test
  void refuses_a_name_guessed_from_many_addresses_and_a_success_clears_it() {
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.PER_NAME; i++) {
      assertThat(t.admit("10.0.1." + i, "ana")).isEmpty();
    }
    assertThat(t.admit("10.9.9.9", "ana")).isPresent();
    assertThat(t.admit("10.9.9.9", "bo")).isEmpty();
    t.succeeded("10.9.9.9", "ana");
    assertThat(t.admit("10.9.9.9", "ana")).isEmpty();
  }

  @Test
  void admits_no_more_than_the_limit_of_attempts_sent_at_once() throws Exception {
    LoginThrottle t = new LoginThrottle(clock);
    int threads = 60;
    AtomicInteger admitted = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, r -> new Thread(r, "throttle-race"));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  if (t.admit("10.0.0.1", "ana").isEmpty()) {
                    admitted.incrementAndGet();
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(admitted.get()).isEqualTo(LoginThrottle.PER_ADDRESS);
  }

  @Test
  void a_success_gives_its_attempt_back_to_the_address() {
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < 3 * LoginThrottle.PER_ADDRESS; i++) {
      assertThat(t.admit("10.0.0.1", "ana")).isEmpty();
      t.succeeded("10.0.0.1", "ana");
    }
  }
}
