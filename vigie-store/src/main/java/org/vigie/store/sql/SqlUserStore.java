package org.vigie.store.sql;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.user.Role;
import org.vigie.core.user.User;
import org.vigie.core.user.UserStore;

/** Users in SQL that SQLite and PostgreSQL both run. */
final class SqlUserStore implements UserStore {

  private final Jdbi jdbi;

  SqlUserStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(User user) {
    int added =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO users (name, role, password_hash, created_at)"
                            + " VALUES (:name, :role, :hash, :at) ON CONFLICT (name) DO NOTHING")
                    .bind("name", user.name())
                    .bind("role", user.role().code())
                    .bind("hash", user.passwordHash())
                    .bind("at", Times.format(user.createdAt()))
                    .execute());
    if (added == 0) {
      throw new AlreadyExistsException("user", user.name());
    }
  }

  @Override
  public Optional<User> find(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT name, role, password_hash, created_at FROM users WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> user(rs))
                .findOne());
  }

  @Override
  public List<User> list() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT name, role, password_hash, created_at FROM users ORDER BY name")
                .map((rs, ctx) -> user(rs))
                .list());
  }

  @Override
  public void updatePasswordHash(String name, String passwordHash) {
    int changed =
        jdbi.withHandle(
            h ->
                h.createUpdate("UPDATE users SET password_hash = :hash WHERE name = :name")
                    .bind("hash", passwordHash)
                    .bind("name", name)
                    .execute());
    if (changed == 0) {
      throw new NotFoundException("user", name);
    }
  }

  @Override
  public void remove(String name) {
    int removed =
        jdbi.withHandle(
            h ->
                h.createUpdate("DELETE FROM users WHERE name = :name")
                    .bind("name", name)
                    .execute());
    if (removed == 0) {
      throw new NotFoundException("user", name);
    }
  }

  private static User user(java.sql.ResultSet rs) throws java.sql.SQLException {
    String role = rs.getString("role");
    return new User(
        rs.getString("name"),
        Role.parse(role)
            .orElseThrow(() -> new IllegalStateException("unknown role in the store: " + role)),
        rs.getString("password_hash"),
        Times.instant(rs.getString("created_at")));
  }
}
