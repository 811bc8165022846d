package org.vigie.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TestClockTest {

  @Test
  void stands_still_until_set_or_advanced() {
    TestClock clock = TestClock.at("2025-01-01T00:00:00Z");
    assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    Instant first = clock.instant();
    assertThat(clock.instant()).isEqualTo(first);
    clock.advance(Duration.ofHours(13));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2025-01-01T13:00:00Z").toEpochMilli());
    clock.set(Instant.parse("2030-06-01T12:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));
  }

  @Test
  void shares_its_time_with_the_same_clock_in_another_zone() {
    TestClock clock = TestClock.at("2025-01-01T00:00:00Z");
    var seoul = clock.withZone(ZoneId.of("Asia/Seoul"));
    clock.advance(Duration.ofMinutes(5));
    assertThat(seoul.instant()).isEqualTo(clock.instant());
    assertThat(seoul.getZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    assertThat(clock.withZone(clock.getZone())).isSameAs(clock);
  }
}
