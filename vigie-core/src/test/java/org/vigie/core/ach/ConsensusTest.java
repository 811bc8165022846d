package org.vigie.core.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.core.ach.Rating.C;
import static org.vigie.core.ach.Rating.CC;
import static org.vigie.core.ach.Rating.I;
import static org.vigie.core.ach.Rating.II;
import static org.vigie.core.ach.Rating.N;
import static org.vigie.core.ach.Rating.NA;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConsensusTest {

  @Test
  void an_odd_panel_takes_the_middle_vote() {
    assertThat(Consensus.combine(List.of(CC, I, C))).isEqualTo(C);
    assertThat(Consensus.combine(List.of(II, II, CC))).isEqualTo(II);
  }

  @Test
  void an_even_split_takes_the_middle_vote_nearer_to_neutral() {
    assertThat(Consensus.combine(List.of(II, C))).isEqualTo(C);
    assertThat(Consensus.combine(List.of(CC, I, II, C))).isEqualTo(N);
    assertThat(Consensus.combine(List.of(CC, CC, C, C))).isEqualTo(C);
    assertThat(Consensus.combine(List.of(II, CC))).isEqualTo(N);
  }

  @Test
  void na_wins_only_when_it_outnumbers_the_rated_votes() {
    assertThat(Consensus.combine(List.of(NA, NA, C))).isEqualTo(NA);
    assertThat(Consensus.combine(List.of(NA, C))).isEqualTo(C);
    assertThat(Consensus.combine(List.of(NA, NA, I, C))).isEqualTo(N);
  }

  @Test
  void a_unanimous_panel_keeps_its_rating_and_shows_no_disagreement() {
    Matrix m = WorkedExample.matrix();
    Map<String, Matrix> panel = Map.of("anna", m, "ben", m);
    assertThat(Consensus.disagreements(panel)).isEmpty();
    assertThat(Consensus.combine(panel)).isEqualTo(m);
  }

  @Test
  void the_combined_rating_always_lies_between_the_lowest_and_highest_rated_votes() {
    Random random = new Random(20241020);
    List<Rating> all = List.of(Rating.values());
    for (int run = 0; run < 2000; run++) {
      List<Rating> votes =
          random.ints(1 + random.nextInt(7), 0, all.size()).mapToObj(all::get).toList();
      Rating combined = Consensus.combine(votes);
      List<Integer> ranks = votes.stream().filter(r -> r != NA).map(Rating::rank).toList();
      if (combined == NA) {
        assertThat(votes.stream().filter(r -> r == NA).count() * 2).isGreaterThan(votes.size());
      } else {
        assertThat(combined.rank())
            .as("%s", votes)
            .isBetween(
                ranks.stream().min(Integer::compare).orElseThrow(),
                ranks.stream().max(Integer::compare).orElseThrow());
      }
    }
  }
}
