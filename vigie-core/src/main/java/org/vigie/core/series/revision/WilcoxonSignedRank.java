package org.vigie.core.series.revision;

import java.util.Arrays;
import java.util.Comparator;
import org.vigie.core.series.stats.Normal;

/**
 * Wilcoxon signed-rank test on revisions (methods §2.3): zeros dropped, |r| ranked with average
 * ranks for ties, W⁺ = sum of the ranks of positive revisions. Exact null distribution (all 2ⁿ sign
 * patterns, by dynamic programming on doubled ranks, so ties stay exact) for n ≤ 25; above, the
 * normal approximation with tie and continuity corrections.
 *
 * @param n non-zero revisions
 * @param wPlus W⁺
 * @param pUp one-sided p for an upward lean, P(W⁺ ≥ observed)
 * @param pDown one-sided p for a downward lean, P(W⁺ ≤ observed)
 * @param exact whether the p-values are exact
 */
public record WilcoxonSignedRank(int n, double wPlus, double pUp, double pDown, boolean exact) {

  static final int EXACT_UP_TO = 25;

  static WilcoxonSignedRank of(double[] revisions) {
    double[] nonZero = Arrays.stream(revisions).filter(r -> r != 0).toArray();
    int n = nonZero.length;
    if (n == 0) {
      return new WilcoxonSignedRank(0, 0, 1.0, 1.0, true);
    }
    int[] doubledRanks = doubledRanks(nonZero);
    int w2 = 0;
    for (int i = 0; i < n; i++) {
      if (nonZero[i] > 0) {
        w2 += doubledRanks[i];
      }
    }
    if (n <= EXACT_UP_TO) {
      double[] counts = nullCounts(doubledRanks);
      double total = Math.pow(2, n);
      double up = 0;
      double down = 0;
      for (int w = 0; w < counts.length; w++) {
        up += w >= w2 ? counts[w] : 0;
        down += w <= w2 ? counts[w] : 0;
      }
      return new WilcoxonSignedRank(n, w2 / 2.0, up / total, down / total, true);
    }
    return normalApproximation(n, w2 / 2.0, doubledRanks);
  }

  /** Twice the average rank of each |r|, an integer even with ties. */
  private static int[] doubledRanks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> Math.abs(values[i])));
    int[] ranks = new int[values.length];
    for (int i = 0; i < order.length; ) {
      int j = i;
      while (j + 1 < order.length && Math.abs(values[order[j + 1]]) == Math.abs(values[order[i]])) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = i + j + 2; // (i+1 + j+1) is twice the average rank
      }
      i = j + 1;
    }
    return ranks;
  }

  /** counts[w] = number of sign patterns whose doubled W⁺ equals w. */
  private static double[] nullCounts(int[] doubledRanks) {
    int max = Arrays.stream(doubledRanks).sum();
    double[] counts = new double[max + 1];
    counts[0] = 1;
    int reach = 0;
    for (int rank : doubledRanks) {
      for (int w = reach; w >= 0; w--) {
        counts[w + rank] += counts[w];
      }
      reach += rank;
    }
    return counts;
  }

  private static WilcoxonSignedRank normalApproximation(int n, double wPlus, int[] doubledRanks) {
    double mean = n * (n + 1) / 4.0;
    double tieCorrection = 0;
    int[] sorted = doubledRanks.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      tieCorrection += (t * t * t - t) / 48.0;
      i = j + 1;
    }
    double sd = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24.0 - tieCorrection);
    double pUp = Normal.upperTail((wPlus - mean - 0.5) / sd);
    double pDown = Normal.cdf((wPlus - mean + 0.5) / sd);
    return new WilcoxonSignedRank(n, wPlus, pUp, pDown, false);
  }

  /** The one-sided p in {@code direction}; NaN without non-zero revisions. */
  public double p(Direction direction) {
    if (n == 0) {
      return Double.NaN;
    }
    return switch (direction) {
      case UP -> pUp;
      case DOWN -> pDown;
      case NONE -> 1.0;
    };
  }
}
