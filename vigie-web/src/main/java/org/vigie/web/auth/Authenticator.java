package org.vigie.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.vigie.core.user.Passwords;
import org.vigie.core.user.User;
import org.vigie.core.user.UserStore;
import org.vigie.web.http.WebError;

/**
 * Checks a user name and password, for the login form and for HTTP Basic on the API.
 *
 * <ul>
 *   <li>An unknown name costs the same hashing as a wrong password, so timing does not tell which
 *       names exist.
 *   <li>Every attempt is counted by a {@link LoginThrottle} before its password is hashed, and
 *       every failure waits a fixed delay; past the limits, attempts are refused with 429 before
 *       any hashing, however many arrive at once.
 *   <li>HTTP Basic sends the password with every request, and a slow hash per API call would make
 *       scripts crawl. A successful check is therefore remembered for {@link #BASIC_CACHE}: as an
 *       HMAC of the password under a key that lives only in this process, and only while the stored
 *       hash is unchanged.
 *   <li>A hash made with fewer iterations than {@link Passwords#ITERATIONS} is redone at login.
 * </ul>
 */
public final class Authenticator {

  static final Duration BASIC_CACHE = Duration.ofMinutes(5);

  private final UserStore users;
  private final Clock clock;
  private final SecureRandom random;
  private final Duration failureDelay;
  private final LoginThrottle throttle;
  private final String decoyHash;
  private final byte[] cacheKey = new byte[32];
  private final Map<String, Remembered> basicCache = new ConcurrentHashMap<>();

  private record Remembered(byte[] mac, String passwordHash, Instant until) {}

  public Authenticator(UserStore users, Clock clock, SecureRandom random, Duration failureDelay) {
    this.users = users;
    this.clock = clock;
    this.random = random;
    this.failureDelay = failureDelay;
    this.throttle = new LoginThrottle(clock);
    this.decoyHash = Passwords.hash("decoy password, never valid".toCharArray(), random);
    random.nextBytes(cacheKey);
  }

  /**
   * The user whose name and password these are, or empty.
   *
   * @throws WebError 429 when this address or name failed too often lately
   */
  public Optional<User> check(String name, char[] password, String address) {
    OptionalLong wait = throttle.admit(address, name);
    if (wait.isPresent()) {
      throw WebError.tooManyAttempts(wait.getAsLong());
    }
    Optional<User> user = name == null ? Optional.empty() : users.find(name);
    boolean ok = Passwords.verify(password, user.map(User::passwordHash).orElse(decoyHash));
    if (ok && user.isPresent()) {
      throttle.succeeded(address, name);
      return Optional.of(rehashIfWeak(user.get(), password));
    }
    pause();
    return Optional.empty();
  }

  /** As {@link #check}, remembering a success for a few minutes (see the class comment). */
  public Optional<User> checkBasic(String name, String password, String address) {
    byte[] mac = mac(name + '\0' + password);
    Remembered r = basicCache.get(name);
    if (r != null && r.until().isAfter(clock.instant()) && MessageDigest.isEqual(r.mac(), mac)) {
      Optional<User> user = users.find(name);
      if (user.isPresent() && user.get().passwordHash().equals(r.passwordHash())) {
        return user;
      }
    }
    basicCache.remove(name);
    Optional<User> user = check(name, password.toCharArray(), address);
    user.ifPresent(
        u ->
            basicCache.put(
                name, new Remembered(mac, u.passwordHash(), clock.instant().plus(BASIC_CACHE))));
    return user;
  }

  private User rehashIfWeak(User user, char[] password) {
    if (!Passwords.needsRehash(user.passwordHash())) {
      return user;
    }
    String stronger = Passwords.hash(password, random);
    users.updatePasswordHash(user.name(), stronger);
    return user.withPasswordHash(stronger);
  }

  private byte[] mac(String s) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
      return m.doFinal(s.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  private void pause() {
    try {
      Thread.sleep(failureDelay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
