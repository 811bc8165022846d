package org.vigie.core.ach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comparing and combining the matrices of several analysts who rated the same rows and hypotheses.
 *
 * <p>Combination rule, cell by cell: NA if NA votes outnumber rated votes; otherwise the median of
 * the rated votes on II &lt; I &lt; N &lt; C &lt; CC. With an even number of rated votes the two
 * middle votes may differ: the one nearer to N wins, and N when both are equally far (I and C, II
 * and CC), so a split panel reads as neutral rather than leaning one way by accident.
 */
public final class Consensus {

  private Consensus() {}

  /** The cells on which the analysts' ratings differ, in row then column order. */
  public static List<CellDisagreement> disagreements(Map<String, Matrix> byAnalyst) {
    Matrix shape = requireSameShape(byAnalyst.values());
    List<CellDisagreement> out = new ArrayList<>();
    for (int i = 0; i < shape.evidence().size(); i++) {
      for (int j = 0; j < shape.hypothesisCount(); j++) {
        Map<String, Rating> votes = votes(byAnalyst, i, j);
        if (votes.values().stream().distinct().count() > 1) {
          out.add(
              new CellDisagreement(
                  shape.evidence().get(i).id(),
                  shape.hypotheses().get(j).id(),
                  votes,
                  spread(votes.values()),
                  votes.containsValue(Rating.NA)));
        }
      }
    }
    return out;
  }

  /**
   * One matrix from several: each cell combined by {@link #combine(Collection)}; grades, texts and
   * provenance from the first analyst's matrix (they are shared, not rated).
   */
  public static Matrix combine(Map<String, Matrix> byAnalyst) {
    Matrix out = requireSameShape(byAnalyst.values());
    for (int i = 0; i < out.evidence().size(); i++) {
      for (int j = 0; j < out.hypothesisCount(); j++) {
        out = out.withRating(i, j, combine(votes(byAnalyst, i, j).values()));
      }
    }
    return out;
  }

  /** The combined rating of one cell (rule in the class comment). */
  public static Rating combine(Collection<Rating> votes) {
    if (votes.isEmpty()) {
      throw new IllegalArgumentException("no votes to combine");
    }
    List<Rating> rated =
        votes.stream()
            .filter(r -> r != Rating.NA)
            .sorted(Comparator.comparingInt(Rating::rank))
            .toList();
    if (votes.size() - rated.size() > rated.size()) {
      return Rating.NA;
    }
    Rating low = rated.get((rated.size() - 1) / 2);
    Rating high = rated.get(rated.size() / 2);
    int dLow = Math.abs(low.rank() - Rating.N.rank());
    int dHigh = Math.abs(high.rank() - Rating.N.rank());
    if (dLow == dHigh) {
      return low == high ? low : Rating.N;
    }
    return dLow < dHigh ? low : high;
  }

  private static int spread(Collection<Rating> votes) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (Rating r : votes) {
      if (r != Rating.NA) {
        min = Math.min(min, r.rank());
        max = Math.max(max, r.rank());
      }
    }
    return min > max ? 0 : max - min;
  }

  private static Map<String, Rating> votes(Map<String, Matrix> byAnalyst, int i, int j) {
    Map<String, Rating> votes = new LinkedHashMap<>();
    byAnalyst.forEach((analyst, m) -> votes.put(analyst, m.evidence().get(i).rating(j)));
    return votes;
  }

  private static Matrix requireSameShape(Collection<Matrix> matrices) {
    if (matrices.isEmpty()) {
      throw new IllegalArgumentException("no analyst's matrix given");
    }
    Matrix first = matrices.iterator().next();
    List<String> rows = first.evidence().stream().map(Evidence::id).toList();
    for (Matrix m : matrices) {
      if (!m.hypotheses().equals(first.hypotheses())
          || !m.evidence().stream().map(Evidence::id).toList().equals(rows)) {
        throw new IllegalArgumentException(
            "analysts' matrices differ in hypotheses or rows; compare replays of one matrix");
      }
    }
    return first;
  }
}
