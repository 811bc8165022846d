package org.vigie.core.user;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.vigie.core.error.InvalidInputException;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK: a random 16-byte salt per password and
 * {@value #ITERATIONS} iterations (OWASP's 2023 figure for this function; about 0.1 s on one core
 * of a 2024 laptop), so that a stolen database costs an attacker that much per guess.
 *
 * <p>Why PBKDF2 rather than Argon2id: it is in every JDK, so the core stays free of dependencies;
 * Argon2id (memory-hard) would resist GPU cracking better and can replace it later, since the
 * encoded form names its algorithm and cost.
 *
 * <p>Encoded form: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, salt and hash in base64 without
 * padding.
 */
public final class Passwords {

  /** Iterations of new hashes. */
  public static final int ITERATIONS = 600_000;

  /** The shortest password accepted for a new user. */
  public static final int MIN_LENGTH = 12;

  /** The longest: PBKDF2 hashes the whole password once per iteration block. */
  public static final int MAX_LENGTH = 1024;

  private static final String ALGORITHM = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private Passwords() {}

  /** Refuses a password too short or too long for a new user. */
  public static void requireAcceptable(char[] password) {
    if (password.length < MIN_LENGTH) {
      throw new InvalidInputException(
          "password",
          "the password has "
              + password.length
              + " characters; give at least "
              + MIN_LENGTH
              + " (a few words make a good one)");
    }
    if (password.length > MAX_LENGTH) {
      throw new InvalidInputException(
          "password", "the password is longer than " + MAX_LENGTH + " characters");
    }
  }

  /** Hashes a password with a fresh salt and {@link #ITERATIONS} iterations. */
  public static String hash(char[] password, SecureRandom random) {
    return hash(password, random, ITERATIONS);
  }

  /** Hashes with a given cost: for tests, and to measure; never lower it for real users. */
  public static String hash(char[] password, SecureRandom random, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return ALGORITHM
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(derive(password, salt, iterations));
  }

  /**
   * Whether the password matches the encoded hash. The comparison takes the same time wherever the
   * first differing byte is. An encoded hash that cannot be read never matches.
   */
  public static boolean verify(char[] password, String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM) || password.length > MAX_LENGTH) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1) {
        return false;
      }
      return MessageDigest.isEqual(derive(password, salt, iterations), expected);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether a hash was made with fewer iterations than new ones get, and should be redone. */
  public static boolean needsRehash(String encoded) {
    String[] parts = encoded.split("\\$");
    try {
      return parts.length != 4
          || !parts[0].equals(ALGORITHM)
          || Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK 17 has PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Overwrites a password held in memory once it is no longer needed. */
  public static void wipe(char[] password) {
    Arrays.fill(password, '\0');
  }
}
