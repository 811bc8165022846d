package org.vigie.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Counts login attempts per client address and per user name in fixed windows, and refuses further
 * attempts once a count reaches its limit, until the window ends. Per address it stops one client
 * guessing many passwords; per name it slows a guess spread over many addresses (at the price of
 * locking that name out for the rest of the window).
 *
 * <p>An attempt is counted when it is admitted, before its password is hashed, and under one lock
 * for both counts: guesses sent in parallel cannot all pass the check while the first ones are
 * still hashing, so at most the limit of passwords is ever checked per window. A success then gives
 * its attempt back to the address and clears the name.
 */
final class LoginThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int PER_ADDRESS = 10;
  static final int PER_NAME = 20;
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Window> windows = new HashMap<>();
  private final Clock clock;

  private record Window(Instant start, int attempts) {}

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Counts an attempt of {@code name} from {@code address} and admits it, or refuses it without
   * counting: the seconds to wait, or empty when the password may be checked now.
   */
  synchronized OptionalLong admit(String address, String name) {
    Instant now = clock.instant();
    long wait =
        Math.max(
            wait(key("ip", address), PER_ADDRESS, now), wait(key("user", name), PER_NAME, now));
    if (wait > 0) {
      return OptionalLong.of(wait);
    }
    if (windows.size() > MAX_KEYS) {
      windows.values().removeIf(w -> w.start().plus(WINDOW).isBefore(now));
    }
    count(key("ip", address), now);
    count(key("user", name), now);
    return OptionalLong.empty();
  }

  /**
   * An admitted attempt succeeded: the address gets it back, and the name's count is cleared (not
   * the address's: logging into one's own account must not reset a guesser's count).
   */
  synchronized void succeeded(String address, String name) {
    windows.computeIfPresent(
        key("ip", address),
        (k, w) -> w.attempts() <= 1 ? null : new Window(w.start(), w.attempts() - 1));
    windows.remove(key("user", name));
  }

  private void count(String key, Instant now) {
    windows.merge(
        key,
        new Window(now, 1),
        (old, one) ->
            old.start().plus(WINDOW).isBefore(now)
                ? one
                : new Window(old.start(), old.attempts() + 1));
  }

  private long wait(String key, int limit, Instant now) {
    Window w = windows.get(key);
    if (w == null || w.attempts() < limit || w.start().plus(WINDOW).isBefore(now)) {
      return 0;
    }
    long seconds = Duration.between(now, w.start().plus(WINDOW)).toSeconds();
    return Math.max(0, seconds);
  }

  private static String key(String kind, String value) {
    return kind + ":" + (value == null ? "" : value);
  }
}
