package org.vigie.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2025-01-01T00:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void refuses_an_address_after_its_limit_until_the_window_ends() {
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
      assertThat(t.refusal("10.0.0.1", "name" + i)).isEmpty();
      t.failed("10.0.0.1", "name" + i);
    }
    assertThat(t.refusal("10.0.0.1", "anyone")).hasValue(LoginThrottle.WINDOW.toSeconds());
    assertThat(t.refusal("10.0.0.2", "anyone")).isEmpty();
    now = now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
    t.failed("10.0.0.1", "again");
    assertThat(t.refusal("10.0.0.1", "anyone")).isEmpty();
  }

  @Test
  void refuses_a_name_guessed_from_many_addresses_and_a_success_clears_it() {
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.PER_NAME; i++) {
      t.failed("10.0.1." + i, "ana");
    }
    assertThat(t.refusal("10.9.9.9", "ana")).isPresent();
    assertThat(t.refusal("10.9.9.9", "bo")).isEmpty();
    t.succeeded("ana");
    assertThat(t.refusal("10.9.9.9", "ana")).isEmpty();
  }
}
