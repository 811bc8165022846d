package org.vigie.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the test moves it, for code that takes a {@link Clock}: sessions
 * that expire, throttles whose window ends. Unlike {@link Clock#fixed}, one instance can be set or
 * advanced after the code under test holds it. Safe to read from several threads, so that a test
 * may move time while others work.
 */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock showing {@code start}, in UTC. */
  public static TestClock at(Instant start) {
    return new TestClock(
        new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /** A clock showing {@code start} (as {@link Instant#parse} reads it), in UTC. */
  public static TestClock at(String start) {
    return at(Instant.parse(start));
  }

  /** Shows {@code instant} from now on. */
  public TestClock set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
    return this;
  }

  /** Moves the time shown forward by {@code duration} (backward when it is negative). */
  public TestClock advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    now.updateAndGet(t -> t.plus(duration));
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same clock seen from another zone: setting or advancing either moves both. */
  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new TestClock(now, other);
  }
}
