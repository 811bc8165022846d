package org.vigie.service.users;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.vigie.core.user.Passwords;
import org.vigie.core.user.Role;
import org.vigie.core.user.User;
import org.vigie.core.user.UserStore;

/** Adding, listing and removing the users of a store (for {@code vigie user} and the demo). */
public final class Accounts {

  private final UserStore users;
  private final Clock clock;
  private final SecureRandom random;

  public Accounts(UserStore users, Clock clock, SecureRandom random) {
    this.users = users;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Adds a user after checking the name and the password's length. The password array is wiped
   * afterwards.
   */
  public User add(String name, Role role, char[] password) {
    try {
      User.requireValidName(name);
      Passwords.requireAcceptable(password);
      User user = new User(name, role, Passwords.hash(password, random), clock.instant());
      users.add(user);
      return user;
    } finally {
      Passwords.wipe(password);
    }
  }

  public List<User> list() {
    return users.list();
  }

  public void remove(String name) {
    users.remove(name);
  }

  /** A password of 20 characters from a 56-letter alphabet without look-alikes (116 bits). */
  public static String generatePassword(SecureRandom random) {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder out = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
