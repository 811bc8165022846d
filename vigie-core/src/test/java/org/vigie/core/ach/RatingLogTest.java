package org.vigie.core.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.core.error.InvalidInputException;

class RatingLogTest {

  private static final Instant T0 = Instant.parse("2024-10-20T08:00:00Z");
  private final Matrix start = WorkedExample.matrix();

  private static RatingChange change(
      String analyst, String e, String h, Rating from, Rating to, int minutes) {
    return RatingChange.of(analyst, e, h, from, to, T0.plusSeconds(60L * minutes));
  }

  /** Anna and Ben rework E6 and E2; recorded out of time order on purpose. */
  private final RatingLog log =
      new RatingLog(
          List.of(
              change("ben", "E2", "H2", Rating.I, Rating.C, 30),
              change("anna", "E6", "H1", Rating.C, Rating.I, 10),
              change("anna", "E6", "H1", Rating.I, Rating.N, 20),
              change("ben", "E6", "H1", Rating.C, Rating.CC, 15)));

  @Test
  void replays_each_analysts_changes_over_the_shared_start() {
    Map<String, Matrix> now = log.replay(start);
    assertThat(now).containsOnlyKeys("anna", "ben");
    assertThat(now.get("anna").evidence().get(5).rating(0)).isEqualTo(Rating.N);
    assertThat(now.get("anna").evidence().get(1)).isEqualTo(start.evidence().get(1));
    assertThat(now.get("ben").evidence().get(5).rating(0)).isEqualTo(Rating.CC);
    assertThat(now.get("ben").evidence().get(1).rating(1)).isEqualTo(Rating.C);
  }

  @Test
  void replays_the_matrices_as_they_stood_at_an_earlier_instant() {
    Map<String, Matrix> then = log.replay(start, T0.plusSeconds(60 * 12));
    assertThat(then).containsOnlyKeys("anna");
    assertThat(then.get("anna").evidence().get(5).rating(0)).isEqualTo(Rating.I);
  }

  @Test
  void an_analyst_who_changed_nothing_sees_the_start() {
    assertThat(log.replay(start, "carla")).isEqualTo(start);
  }

  @Test
  void keeps_the_history_of_one_cell_in_time_order() {
    assertThat(log.history("E6", "H1"))
        .extracting(RatingChange::analyst, RatingChange::to)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("anna", Rating.I),
            org.assertj.core.api.Assertions.tuple("ben", Rating.CC),
            org.assertj.core.api.Assertions.tuple("anna", Rating.N));
  }

  @Test
  void rejects_a_change_whose_from_is_not_what_the_analyst_had() {
    RatingLog broken = log.with(change("anna", "E6", "H1", Rating.C, Rating.II, 40));
    assertThatThrownBy(() -> broken.replay(start))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("E6/H1")
        .hasMessageContaining("says from C, but the cell was N");
  }

  @Test
  void rejects_a_change_to_an_unknown_row() {
    RatingLog broken = log.with(change("anna", "E9", "H1", Rating.C, Rating.II, 40));
    assertThatThrownBy(() -> broken.replay(start))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("E9");
  }

  @Test
  void replayed_matrices_show_where_analysts_disagree_and_combine_to_a_median() {
    Map<String, Matrix> now =
        log.with(change("carla", "E6", "H1", Rating.C, Rating.I, 50)).replay(start);
    List<CellDisagreement> d = Consensus.disagreements(now);
    assertThat(d)
        .extracting(CellDisagreement::evidenceId, CellDisagreement::hypothesisId)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("E2", "H2"),
            org.assertj.core.api.Assertions.tuple("E6", "H1"));
    assertThat(d.get(1).ratings())
        .containsExactly(
            Map.entry("anna", Rating.N), Map.entry("ben", Rating.CC), Map.entry("carla", Rating.I));
    assertThat(d.get(1).spread()).isEqualTo(3);
    assertThat(d.get(0).spread()).isEqualTo(2);
    Matrix team = Consensus.combine(now);
    assertThat(team.evidence().get(5).rating(0)).isEqualTo(Rating.N);
    assertThat(team.evidence().get(1).rating(1)).isEqualTo(Rating.I);
  }
}
