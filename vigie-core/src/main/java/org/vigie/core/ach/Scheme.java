package org.vigie.core.ach;

import java.util.Arrays;
import java.util.List;

/** The scoring schemes shown side by side (methods.md §3.2), and which way each one points. */
public enum Scheme {
  HEUER("heuer", false),
  INCONSISTENCY("inconsistency", true),
  WEIGHTED_INCONSISTENCY("weighted_inconsistency", true),
  OPEN_SYNTHESIS("open_synthesis", false),
  BAYES("bayes", true),
  BAYES_TEMPERED("bayes_tempered", true),
  BAYES_MIXTURE("bayes_mixture", true);

  private final String key;
  private final boolean higherIsBetter;

  Scheme(String key, boolean higherIsBetter) {
    this.key = key;
    this.higherIsBetter = higherIsBetter;
  }

  /** Stable snake_case name, used in JSON output. */
  public String key() {
    return key;
  }

  /**
   * Whether a higher score favours a hypothesis: true for the posteriors and the (negative)
   * inconsistency sums, false for the counts of Heuer and Open Synthesis.
   */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Whether the scores are posterior probabilities summing to 1. */
  public boolean isProbability() {
    return this == BAYES || this == BAYES_TEMPERED || this == BAYES_MIXTURE;
  }

  /** Scores the matrix: one number per hypothesis, in hypothesis order. */
  public SchemeScores score(Matrix m) {
    return scores(Scores.score(this, m));
  }

  SchemeScores scores(double[] values) {
    return new SchemeScores(this, Arrays.stream(values).boxed().toList());
  }

  /** Scores the matrix under every scheme, in declaration order. */
  public static List<SchemeScores> scoreAll(Matrix m) {
    return Arrays.stream(values()).map(s -> s.score(m)).toList();
  }
}
