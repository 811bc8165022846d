package org.vigie.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.core.error.InvalidInputException;

class PasswordsTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void verifies_the_right_password_and_refuses_others() {
    String hash = Passwords.hash("correct horse battery".toCharArray(), random, 1000);
    assertThat(Passwords.verify("correct horse battery".toCharArray(), hash)).isTrue();
    assertThat(Passwords.verify("correct horse batterz".toCharArray(), hash)).isFalse();
    assertThat(Passwords.verify("".toCharArray(), hash)).isFalse();
  }

  @Test
  void salts_each_hash_so_that_equal_passwords_hash_differently() {
    String a = Passwords.hash("same password!".toCharArray(), random, 1000);
    String b = Passwords.hash("same password!".toCharArray(), random, 1000);
    assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256$1000$");
    assertThat(a.split("\\$")).hasSize(4);
  }

  @Test
  void uses_at_least_the_owasp_iterations_for_new_hashes() {
    String hash = Passwords.hash("a long enough password".toCharArray(), random);
    assertThat(Integer.parseInt(hash.split("\\$")[1])).isGreaterThanOrEqualTo(600_000);
    assertThat(Passwords.needsRehash(hash)).isFalse();
    assertThat(Passwords.needsRehash(Passwords.hash("x".toCharArray(), random, 1000))).isTrue();
  }

  @Test
  void never_matches_a_hash_it_cannot_read() {
    char[] pw = "anything at all".toCharArray();
    assertThat(Passwords.verify(pw, null)).isFalse();
    assertThat(Passwords.verify(pw, "")).isFalse();
    assertThat(Passwords.verify(pw, "md5$1$abc$def")).isFalse();
    assertThat(Passwords.verify(pw, "pbkdf2-sha256$x$abc$def")).isFalse();
    assertThat(Passwords.verify(pw, "pbkdf2-sha256$0$c2FsdA$aGFzaA")).isFalse();
    assertThat(Passwords.verify(pw, "pbkdf2-sha256$10$$aGFzaA")).isFalse();
    assertThat(Passwords.verify(pw, "pbkdf2-sha256$10$!!$aGFzaA")).isFalse();
  }

  @Test
  void refuses_short_passwords_for_new_users() {
    assertThatThrownBy(() -> Passwords.requireAcceptable("short".toCharArray()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 12");
    Passwords.requireAcceptable("twelve chars".toCharArray());
  }

  @Test
  void survives_random_passwords_of_any_characters() {
    Random r = new Random(42);
    for (int i = 0; i < 30; i++) {
      char[] pw = new char[1 + r.nextInt(40)];
      for (int j = 0; j < pw.length; j++) {
        pw[j] = (char) (1 + r.nextInt(0xD7FF));
      }
      String hash = Passwords.hash(pw, random, 50);
      assertThat(Passwords.verify(pw.clone(), hash)).isTrue();
      pw[r.nextInt(pw.length)] ^= 1;
      assertThat(Passwords.verify(pw, hash)).isFalse();
    }
  }

  @Test
  void checks_user_names_and_hides_the_hash_when_printed() {
    assertThatThrownBy(() -> User.requireValidName("Ana"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> User.requireValidName("-x")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> User.requireValidName("a b"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(User.requireValidName("j.martin-2")).isEqualTo("j.martin-2");
    User u = new User("ana", Role.ANALYST, "secret-hash", java.time.Instant.EPOCH);
    assertThat(u.toString()).doesNotContain("secret-hash");
    assertThat(Role.ADMIN.includes(Role.ANALYST)).isTrue();
    assertThat(Role.VIEWER.includes(Role.ANALYST)).isFalse();
    assertThat(Role.parse("Analyst")).contains(Role.ANALYST);
    assertThat(Role.choices()).isEqualTo("viewer, analyst or admin");
  }
}
