package org.vigie.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions kept in memory, by the secret of their cookie. A restart logs everyone out, which is
 * acceptable for a workbench and keeps secrets out of the database.
 *
 * <p>A session ends after {@link #IDLE} without a request, {@link #MAX_AGE} after it began, or at
 * logout. Sessions of visitors who have not logged in last {@link #ANONYMOUS_IDLE}, and at most
 * {@link #MAX_ANONYMOUS} of them are kept, so that a flood of login-page visits cannot fill memory.
 */
public final class Sessions {

  public static final Duration IDLE = Duration.ofHours(12);
  public static final Duration MAX_AGE = Duration.ofDays(7);
  public static final Duration ANONYMOUS_IDLE = Duration.ofHours(1);
  static final int MAX_ANONYMOUS = 10_000;

  private final Map<String, Entry> byId = new ConcurrentHashMap<>();
  private final SecureRandom random;
  private final Clock clock;

  private static final class Entry {
    final Session session;
    volatile Instant lastSeen;

    Entry(Session session, Instant lastSeen) {
      this.session = session;
      this.lastSeen = lastSeen;
    }
  }

  public Sessions(SecureRandom random, Clock clock) {
    this.random = random;
    this.clock = clock;
  }

  /** A new session for this user (null for a visitor who has not logged in). */
  public Session create(String userName) {
    Instant now = clock.instant();
    if (userName == null && byId.size() >= MAX_ANONYMOUS) {
      prune(now);
    }
    Session s = new Session(secret(), secret(), userName, now);
    byId.put(s.id(), new Entry(s, now));
    return s;
  }

  /** The live session with this cookie secret; a request through it keeps it alive. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Entry e = byId.get(id);
    Instant now = clock.instant();
    if (e == null) {
      return Optional.empty();
    }
    if (expired(e, now)) {
      byId.remove(id);
      return Optional.empty();
    }
    e.lastSeen = now;
    return Optional.of(e.session);
  }

  /** Ends a session (logout, or a login that replaces it). */
  public void end(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** Ends every session of a user (removed, or their password changed). */
  public void endAllOf(String userName) {
    byId.values().removeIf(e -> userName.equals(e.session.userName()));
  }

  int size() {
    return byId.size();
  }

  private boolean expired(Entry e, Instant now) {
    Duration idle = e.session.isLoggedIn() ? IDLE : ANONYMOUS_IDLE;
    return e.lastSeen.plus(idle).isBefore(now) || e.session.createdAt().plus(MAX_AGE).isBefore(now);
  }

  /** Drops expired sessions, then the oldest anonymous ones while there are too many. */
  private void prune(Instant now) {
    byId.values().removeIf(e -> expired(e, now));
    long anonymous = byId.values().stream().filter(e -> !e.session.isLoggedIn()).count();
    if (anonymous >= MAX_ANONYMOUS) {
      byId.values().stream()
          .filter(e -> !e.session.isLoggedIn())
          .sorted(Comparator.comparing(e -> e.lastSeen))
          .limit(anonymous - MAX_ANONYMOUS / 2)
          .map(e -> e.session.id())
          .toList()
          .forEach(byId::remove);
    }
  }

  /** 256 random bits, URL-safe. */
  private String secret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
