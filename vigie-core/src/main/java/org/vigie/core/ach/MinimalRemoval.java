package org.vigie.core.ach;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The smallest sets of rows whose removal makes another hypothesis the single leader.
 *
 * <p>The search tries every set of 1 row, then of 2, and so on, and stops at the first size where
 * some set works. It gives up beyond {@link #MAX_SUBSETS} subsets in all; {@code exhaustive} then
 * says that an empty answer only means none was found among the sizes tried.
 *
 * @param scheme the scheme whose leader is tested
 * @param sets every set of that smallest size (at most {@link #MAX_SETS}), each in row order, the
 *     sets in lexicographic row order; empty when no removal changes the leader strictly
 * @param exhaustive whether every size that could matter was searched
 */
public record MinimalRemoval(Scheme scheme, List<List<String>> sets, boolean exhaustive) {

  /** Subsets tried before giving up: 2^20, all subsets of a 20-row matrix, well under a second. */
  public static final long MAX_SUBSETS = 1L << 20;

  /** Sets of the minimal size reported at most. */
  public static final int MAX_SETS = 20;

  public MinimalRemoval {
    Objects.requireNonNull(scheme, "scheme");
    sets = sets.stream().map(List::copyOf).toList();
  }

  /** The first minimal set, or an empty list when there is none. */
  public List<String> first() {
    return sets.isEmpty() ? List.of() : sets.get(0);
  }

  /** Searches the matrix for the smallest removals that strictly change the leader. */
  public static MinimalRemoval search(Matrix m, Scheme scheme) {
    int n = m.evidence().size();
    double[][] terms = new double[n][];
    double[] total = new double[m.hypothesisCount()];
    for (int i = 0; i < n; i++) {
      terms[i] = Scores.rowTerms(scheme, m.evidence().get(i));
      add(total, terms[i], 1);
    }
    List<Integer> base = scheme.score(m).leaders();
    long tried = 0;
    for (int size = 1; size < n; size++) {
      tried += binomial(n, size);
      if (tried > MAX_SUBSETS) {
        return new MinimalRemoval(scheme, List.of(), false);
      }
      List<List<String>> found = setsOfSize(m, scheme, terms, total, base, size);
      if (!found.isEmpty()) {
        return new MinimalRemoval(scheme, found, true);
      }
    }
    return new MinimalRemoval(scheme, List.of(), true);
  }

  private static List<List<String>> setsOfSize(
      Matrix m, Scheme scheme, double[][] terms, double[] total, List<Integer> base, int size) {
    List<List<String>> found = new ArrayList<>();
    int[] pick = new int[size];
    for (int k = 0; k < size; k++) {
      pick[k] = k;
    }
    do {
      double[] sums = total.clone();
      for (int i : pick) {
        add(sums, terms[i], -1);
      }
      List<Integer> after = SchemeScores.leaders(scheme, Scores.finish(scheme, sums));
      // Strict: a single leader afterwards, and not the single leader from before.
      if (after.size() == 1 && !(base.size() == 1 && base.get(0).equals(after.get(0)))) {
        List<String> ids = new ArrayList<>();
        for (int i : pick) {
          ids.add(m.evidence().get(i).id());
        }
        found.add(ids);
      }
    } while (found.size() < MAX_SETS && next(pick, terms.length));
    return found;
  }

  /** Advances to the next combination in lexicographic order; false after the last one. */
  private static boolean next(int[] pick, int n) {
    int k = pick.length - 1;
    while (k >= 0 && pick[k] == n - pick.length + k) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    pick[k]++;
    for (int i = k + 1; i < pick.length; i++) {
      pick[i] = pick[i - 1] + 1;
    }
    return true;
  }

  private static void add(double[] into, double[] terms, int sign) {
    for (int j = 0; j < into.length; j++) {
      into[j] += sign * terms[j];
    }
  }

  private static long binomial(int n, int k) {
    long c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
      if (c > MAX_SUBSETS) {
        return MAX_SUBSETS + 1;
      }
    }
    return c;
  }
}
