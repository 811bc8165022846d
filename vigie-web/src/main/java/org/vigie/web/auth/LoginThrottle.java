package org.vigie.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client address and per user name in fixed windows, and refuses further
 * attempts once a count reaches its limit, until the window ends. Per address it stops one client
 * guessing many passwords; per name it slows a guess spread over many addresses (at the price of
 * locking that name out for the rest of the window).
 */
final class LoginThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int PER_ADDRESS = 10;
  static final int PER_NAME = 20;
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  private record Window(Instant start, int failures) {}

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Seconds to wait before trying again, or empty when a login may be attempted now. */
  OptionalLong refusal(String address, String name) {
    Instant now = clock.instant();
    long wait =
        Math.max(
            wait(key("ip", address), PER_ADDRESS, now), wait(key("user", name), PER_NAME, now));
    return wait > 0 ? OptionalLong.of(wait) : OptionalLong.empty();
  }

  void failed(String address, String name) {
    Instant now = clock.instant();
    if (windows.size() > MAX_KEYS) {
      windows.values().removeIf(w -> w.start().plus(WINDOW).isBefore(now));
    }
    count(key("ip", address), now);
    count(key("user", name), now);
  }

  /** A success clears the name's count (not the address's: one's own account must not reset it). */
  void succeeded(String name) {
    windows.remove(key("user", name));
  }

  private void count(String key, Instant now) {
    windows.merge(
        key,
        new Window(now, 1),
        (old, one) ->
            old.start().plus(WINDOW).isBefore(now)
                ? one
                : new Window(old.start(), old.failures() + 1));
  }

  private long wait(String key, int limit, Instant now) {
    Window w = windows.get(key);
    if (w == null || w.failures() < limit) {
      return 0;
    }
    long seconds = Duration.between(now, w.start().plus(WINDOW)).toSeconds();
    return Math.max(0, seconds);
  }

  private static String key(String kind, String value) {
    return kind + ":" + (value == null ? "" : value);
  }
}
