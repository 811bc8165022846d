package org.vigie.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.vigie.testkit.TestClock;

class SessionsTest {

  private final TestClock clock = TestClock.at("2025-01-01T00:00:00Z");

  @Test
  void gives_each_session_distinct_long_secrets() {
    Sessions sessions = new Sessions(new SecureRandom(), clock);
    Session a = sessions.create("ana");
    Session b = sessions.create("ana");
    assertThat(a.id()).isNotEqualTo(b.id()).hasSize(43);
    assertThat(a.csrfToken()).isNotEqualTo(a.id()).isNotEqualTo(b.csrfToken());
    assertThat(a.toString()).doesNotContain(a.id()).doesNotContain(a.csrfToken());
  }

  @Test
  void ends_a_session_after_idling_and_keeps_an_active_one() {
    Sessions sessions = new Sessions(new SecureRandom(), clock);
    Session idle = sessions.create("ana");
    Session active = sessions.create("bo");
    for (int h = 0; h < 13; h++) {
      clock.advance(Duration.ofHours(1));
      assertThat(sessions.find(active.id())).isPresent();
    }
    assertThat(sessions.find(idle.id())).isEmpty();
    clock.advance(Sessions.MAX_AGE);
    assertThat(sessions.find(active.id())).isEmpty();
  }

  @Test
  void ends_every_session_of_a_user_and_keeps_the_number_of_visitors_bounded() {
    Sessions sessions = new Sessions(new SecureRandom(), clock);
    Session ana = sessions.create("ana");
    sessions.endAllOf("ana");
    assertThat(sessions.find(ana.id())).isEmpty();
    for (int i = 0; i < Sessions.MAX_ANONYMOUS + 50; i++) {
      sessions.create(null);
    }
    assertThat(sessions.size()).isLessThanOrEqualTo(Sessions.MAX_ANONYMOUS);
  }

  @Test
  void accepts_only_local_paths_after_login() {
    assertThat(AuthPages.safeNext("/documents?lang=fr")).isEqualTo("/documents?lang=fr");
    assertThat(AuthPages.safeNext("//evil.example/x")).isEqualTo("/");
    assertThat(AuthPages.safeNext("/\\evil.example")).isEqualTo("/");
    assertThat(AuthPages.safeNext("https://evil.example")).isEqualTo("/");
    assertThat(AuthPages.safeNext(null)).isEqualTo("/");
  }
}
