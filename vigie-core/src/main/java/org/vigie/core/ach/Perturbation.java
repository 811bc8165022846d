package org.vigie.core.ach;

import java.util.List;
import java.util.Objects;

/**
 * The matrix re-scored after changing some rows (removing them, or downgrading their credibility).
 *
 * @param evidenceIds the rows changed
 * @param scores the scores afterwards
 * @param flips whether the set of leaders changed (see {@link Sensitivity#flips})
 */
public record Perturbation(List<String> evidenceIds, SchemeScores scores, boolean flips) {
  public Perturbation {
    evidenceIds = List.copyOf(evidenceIds);
    Objects.requireNonNull(scores, "scores");
  }
}
