package org.vigie.core.user;

import java.util.List;
import java.util.Optional;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;

/** The users of a store. Safe to call from several threads. */
public interface UserStore {

  /**
   * Adds a user.
   *
   * @throws AlreadyExistsException when a user of that name exists
   */
  void add(User user);

  /** The user of this name, if there is one. */
  Optional<User> find(String name);

  /** Every user, by name. */
  List<User> list();

  /**
   * Replaces the password hash of a user.
   *
   * @throws NotFoundException when there is no such user
   */
  void updatePasswordHash(String name, String passwordHash);

  /**
   * Removes a user.
   *
   * @throws NotFoundException when there is no such user
   */
  void remove(String name);
}
