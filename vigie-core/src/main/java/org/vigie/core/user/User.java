package org.vigie.core.user;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vigie.core.error.InvalidInputException;

/**
 * A person who may log in to the workbench.
 *
 * @param name the login name: 1 to 32 of a-z, 0-9, '.', '_' and '-', starting with a letter or
 *     digit
 * @param role what the user may do
 * @param passwordHash the slow hash of the password, as {@link Passwords#hash} encodes it
 * @param createdAt when the user was added, to the microsecond
 */
public record User(String name, Role role, String passwordHash, Instant createdAt) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

  public User {
    requireValidName(name);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(createdAt, "createdAt");
    createdAt = createdAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** Refuses a name that is not a valid login name, saying what a valid one looks like. */
  public static String requireValidName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InvalidInputException(
          "NAME",
          "'"
              + name
              + "' is not a valid user name: use 1 to 32 lower-case letters a-z, digits, '.', '_'"
              + " or '-', starting with a letter or a digit (e.g. 'ana' or 'j.martin')");
    }
    return name;
  }

  /** The same user with another password hash (after a password change or a stronger hash). */
  public User withPasswordHash(String hash) {
    return new User(name, role, hash, createdAt);
  }

  /** Never shows the hash, so that a log line cannot leak it. */
  @Override
  public String toString() {
    return "User[" + name + ", " + role.code() + "]";
  }
}
