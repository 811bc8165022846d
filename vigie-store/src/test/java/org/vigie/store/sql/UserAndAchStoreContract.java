package org.vigie.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.core.ach.Evidence;
import org.vigie.core.ach.Hypothesis;
import org.vigie.core.ach.Matrix;
import org.vigie.core.ach.Provenance;
import org.vigie.core.ach.Rating;
import org.vigie.core.ach.RatingChange;
import org.vigie.core.ach.RatingLog;
import org.vigie.core.ach.StoredMatrix;
import org.vigie.core.ach.Weight;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.store.Store;
import org.vigie.core.user.Role;
import org.vigie.core.user.User;

/** What every store must do with users and ACH matrices. */
public abstract class UserAndAchStoreContract {

  protected Store store;

  protected abstract Store openEmpty() throws Exception;

  protected abstract Store reopen() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void keeps_users_and_refuses_a_second_user_of_the_same_name() throws Exception {
    User ana = new User("ana", Role.ANALYST, "pbkdf2-sha256$1$c2FsdA$aGFzaA", at("2025-01-02"));
    store.users().add(ana);
    store.users().add(new User("bo", Role.VIEWER, "h", at("2025-01-03")));
    assertThatThrownBy(() -> store.users().add(ana.withPasswordHash("other")))
        .isInstanceOf(AlreadyExistsException.class);
    store.close();
    store = reopen();
    assertThat(store.users().find("ana")).contains(ana);
    assertThat(store.users().find("nobody")).isEmpty();
    assertThat(store.users().list()).extracting(User::name).containsExactly("ana", "bo");
  }

  @Test
  void changes_a_password_hash_and_removes_users() {
    store.users().add(new User("ana", Role.ADMIN, "old", at("2025-01-02")));
    store.users().updatePasswordHash("ana", "new");
    assertThat(store.users().find("ana").orElseThrow().passwordHash()).isEqualTo("new");
    store.users().remove("ana");
    assertThat(store.users().list()).isEmpty();
    assertThatThrownBy(() -> store.users().remove("ana")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.users().updatePasswordHash("ana", "x"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void keeps_a_matrix_with_every_field_and_its_rating_trail_in_order() throws Exception {
    StoredMatrix m = matrix("m1", "2025-02-01");
    store.ach().add(m);
    Instant t = at("2025-02-02");
    store.ach().record("m1", new RatingChange("ana", "E1", "H2", Rating.I, Rating.CC, t, "why"));
    store.ach().record("m1", RatingChange.of("bo", "E2", "H1", Rating.NA, Rating.N, t));
    store.ach().record("m1", RatingChange.of("ana", "E1", "H2", Rating.CC, Rating.C, t));
    store.close();
    store = reopen();
    StoredMatrix back = store.ach().get("m1").orElseThrow();
    assertThat(back.start()).isEqualTo(m.start());
    assertThat(back.createdBy()).isEqualTo("ana");
    assertThat(back.createdAt()).isEqualTo(m.createdAt());
    assertThat(back.log().changes())
        .extracting(RatingChange::analyst, RatingChange::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ana", Rating.CC),
            org.assertj.core.groups.Tuple.tuple("bo", Rating.N),
            org.assertj.core.groups.Tuple.tuple("ana", Rating.C));
    assertThat(back.log().changes().get(0).note()).isEqualTo("why");
    assertThat(back.matrixOf("ana").evidence().get(0).rating(1)).isEqualTo(Rating.C);
    assertThat(back.matrixOf("carl")).isEqualTo(m.start());
  }

  @Test
  void lists_matrices_newest_first_with_their_counts() {
    store.ach().add(matrix("old", "2025-01-01"));
    store.ach().add(matrix("new", "2025-03-01"));
    store
        .ach()
        .record("old", RatingChange.of("ana", "E1", "H1", Rating.C, Rating.I, Instant.now()));
    assertThat(store.ach().list())
        .extracting(s -> s.id() + ":" + s.hypotheses() + "h" + s.evidence() + "e" + s.changes())
        .containsExactly("new:2h2e0", "old:2h2e1");
    assertThat(store.ach().get("absent")).isEmpty();
  }

  @Test
  void refuses_a_second_matrix_with_the_same_id_and_changes_to_a_missing_matrix() {
    store.ach().add(matrix("m1", "2025-01-01"));
    assertThatThrownBy(() -> store.ach().add(matrix("m1", "2025-01-02")))
        .isInstanceOf(AlreadyExistsException.class);
    RatingChange c = RatingChange.of("ana", "E1", "H1", Rating.C, Rating.I, Instant.now());
    assertThatThrownBy(() -> store.ach().record("absent", c)).isInstanceOf(NotFoundException.class);
    assertThat(store.ach().list()).hasSize(1);
  }

  private static StoredMatrix matrix(String id, String day) {
    Matrix m =
        new Matrix(
            "Quelle est la mission des troupes ? <b>\"quoted\"</b>",
            List.of(new Hypothesis("H1", "Technicians"), new Hypothesis("H2", "Combat — 전투")),
            List.of(
                new Evidence(
                    "E1",
                    "NIS, 18 Oct 2024: 1,500 special forces",
                    Weight.H,
                    Weight.M,
                    List.of(Rating.C, Rating.I),
                    new Provenance("c1", "d1", "NIS via Yonhap", LocalDate.of(2024, 10, 18), 0.8)),
                Evidence.of("E2", "Unsourced", Weight.L, Weight.L, List.of(Rating.NA, Rating.II))));
    return new StoredMatrix(id, m, "ana", at(day), RatingLog.empty());
  }

  private static Instant at(String day) {
    return Instant.parse(day + "T08:30:00.123456789Z");
  }
}
