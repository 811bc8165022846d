package org.vigie.core.ach;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The scores of one scheme, one per hypothesis in hypothesis order, and who leads.
 *
 * <p>Ties: the leaders are the hypotheses whose score is within {@link #TIE_TOLERANCE} of the best
 * one. There is a leader only when exactly one hypothesis is best; a tie means no leader.
 */
public record SchemeScores(Scheme scheme, List<Double> values) {

  /** Absolute distance under which two scores are the same (sums of √2 weights are not exact). */
  public static final double TIE_TOLERANCE = 1e-9;

  public SchemeScores {
    Objects.requireNonNull(scheme, "scheme");
    values = List.copyOf(values);
  }

  /** Indices of the best-scored hypotheses: one unless there is a tie. */
  public List<Integer> leaders() {
    return leaders(scheme, values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The leaders of raw scores, for searches that avoid building records. */
  static List<Integer> leaders(Scheme scheme, double[] values) {
    double best = scheme.higherIsBetter() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : values) {
      best = scheme.higherIsBetter() ? Math.max(best, v) : Math.min(best, v);
    }
    List<Integer> out = new ArrayList<>(1);
    for (int j = 0; j < values.length; j++) {
      if (Math.abs(values[j] - best) <= TIE_TOLERANCE) {
        out.add(j);
      }
    }
    return out;
  }

  /** The index of the single best hypothesis, or empty when two or more tie. */
  public OptionalInt leader() {
    List<Integer> l = leaders();
    return l.size() == 1 ? OptionalInt.of(l.get(0)) : OptionalInt.empty();
  }

  /** The score of the hypothesis at {@code index}. */
  public double value(int index) {
    return values.get(index);
  }
}
