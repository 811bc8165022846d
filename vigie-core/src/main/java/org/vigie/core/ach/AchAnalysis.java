package org.vigie.core.ach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the ACH view shows about one matrix: the scores of every scheme side by side, the
 * diagnosticity of each row, and the sensitivity of the conclusion.
 *
 * @param matrix the matrix analysed
 * @param scores one entry per {@link Scheme}, in declaration order
 * @param diagnosticity one entry per row, in row order
 * @param leaveOneOut each row removed in turn, under {@link #SENSITIVITY_SCHEME}
 * @param minimalRemoval smallest removals that strictly change the {@link #REMOVAL_SCHEME} leader
 * @param cellFlips single-cell changes that flip the {@link #SENSITIVITY_SCHEME} leader
 * @param deception high-credibility rows downgraded to L, under {@link #SENSITIVITY_SCHEME}
 */
public record AchAnalysis(
    Matrix matrix,
    List<SchemeScores> scores,
    List<Diagnosticity> diagnosticity,
    List<Perturbation> leaveOneOut,
    MinimalRemoval minimalRemoval,
    List<CellFlip> cellFlips,
    List<Perturbation> deception) {

  /**
   * Leave-one-out, single-cell flips and the deception check use tempered Bayes: a posterior that
   * weighs credibility and relevance without letting one low-grade report dominate.
   */
  public static final Scheme SENSITIVITY_SCHEME = Scheme.BAYES_TEMPERED;

  /** The minimal removal set is searched on PARC weighted inconsistency, as in methods.md §3.4. */
  public static final Scheme REMOVAL_SCHEME = Scheme.WEIGHTED_INCONSISTENCY;

  public AchAnalysis {
    Objects.requireNonNull(matrix, "matrix");
    scores = List.copyOf(scores);
    diagnosticity = List.copyOf(diagnosticity);
    leaveOneOut = List.copyOf(leaveOneOut);
    Objects.requireNonNull(minimalRemoval, "minimalRemoval");
    cellFlips = List.copyOf(cellFlips);
    deception = List.copyOf(deception);
  }

  /** Scores and tests the matrix. */
  public static AchAnalysis of(Matrix m) {
    return new AchAnalysis(
        m,
        Scheme.scoreAll(m),
        Diagnosticity.of(m),
        Sensitivity.leaveOneOut(m, SENSITIVITY_SCHEME),
        MinimalRemoval.search(m, REMOVAL_SCHEME),
        Sensitivity.singleCellFlips(m, SENSITIVITY_SCHEME),
        Sensitivity.deceptionCheck(m, SENSITIVITY_SCHEME));
  }

  /** The scores of one scheme. */
  public SchemeScores scores(Scheme scheme) {
    return scores.get(scheme.ordinal());
  }

  /** The rows whose removal alone flips the {@link #SENSITIVITY_SCHEME} leader. */
  public List<String> leaveOneOutFlips() {
    return leaveOneOut.stream()
        .filter(Perturbation::flips)
        .map(p -> p.evidenceIds().get(0))
        .toList();
  }

  /**
   * The schemes grouped by the leaders they pick (hypothesis indices; two or more for a tie), in
   * scheme order. More than one group means the schemes disagree.
   */
  public Map<List<Integer>, List<Scheme>> schemesByLeaders() {
    Map<List<Integer>, List<Scheme>> out = new LinkedHashMap<>();
    for (SchemeScores s : scores) {
      out.computeIfAbsent(s.leaders(), k -> new java.util.ArrayList<>()).add(s.scheme());
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  /** Whether the schemes do not all pick the same leaders. */
  public boolean schemesDisagree() {
    return schemesByLeaders().size() > 1;
  }
}
