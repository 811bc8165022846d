package org.vigie.core.series.revision;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini–Hochberg control of the false-discovery rate across many sources (methods §2.3, q =
 * 0.10). The adjusted value of the i-th smallest of m p-values is min over j ≥ i of p_(j)·m/j,
 * capped at 1; a test is a discovery at level q when its adjusted value is ≤ q.
 */
public final class BenjaminiHochberg {

  /** The FDR level the revision flags use. */
  public static final double DEFAULT_Q = 0.10;

  private BenjaminiHochberg() {}

  /** Adjusted p-values (q-values), in the order of {@code p}. */
  public static double[] adjust(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p-value out of [0, 1]: " + p[i]);
      }
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      adjusted[i] = running;
    }
    return adjusted;
  }

  /** Which tests are discoveries at FDR level {@code q}. */
  public static boolean[] discoveries(double[] p, double q) {
    double[] adjusted = adjust(p);
    boolean[] out = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = adjusted[i] <= q;
    }
    return out;
  }
}
