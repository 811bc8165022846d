package org.vigie.core.series.revision;

import org.vigie.core.series.stats.Normal;

/**
 * Wald–Wolfowitz runs test on the signs of the non-zero revisions: too few runs means a source
 * keeps revising the same way (methods §2.3). With n₁ ups, n₂ downs, N = n₁ + n₂: E[R] = 2n₁n₂/N +
 * 1, Var[R] = 2n₁n₂(2n₁n₂ − N)/(N²(N − 1)), z = (R − E)/√Var, one-sided p = Φ(z). Undefined (NaN)
 * unless both signs occur.
 *
 * @param runs R
 * @param ups n₁
 * @param downs n₂
 * @param expected E[R]
 * @param variance Var[R]
 * @param z the standardised statistic
 * @param p one-sided p for too few runs
 */
public record RunsTest(
    int runs, int ups, int downs, double expected, double variance, double z, double p) {

  static RunsTest of(double[] revisions) {
    int ups = 0;
    int downs = 0;
    int runs = 0;
    int previous = 0;
    for (double r : revisions) {
      int sign = r > 0 ? 1 : r < 0 ? -1 : 0;
      if (sign == 0) {
        continue;
      }
      if (sign > 0) {
        ups++;
      } else {
        downs++;
      }
      if (sign != previous) {
        runs++;
      }
      previous = sign;
    }
    if (ups == 0 || downs == 0) {
      return new RunsTest(runs, ups, downs, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double n = ups + downs;
    double product = 2.0 * ups * downs;
    double expected = product / n + 1;
    double variance = product * (product - n) / (n * n * (n - 1));
    double z = variance > 0 ? (runs - expected) / Math.sqrt(variance) : Double.NaN;
    return new RunsTest(runs, ups, downs, expected, variance, z, Normal.cdf(z));
  }
}
