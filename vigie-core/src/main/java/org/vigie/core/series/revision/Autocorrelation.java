package org.vigie.core.series.revision;

import org.vigie.core.series.stats.Distributions;

/**
 * Lag-1 autocorrelation of the revisions, ρ̂₁ = Σ(r_t − r̄)(r_{t−1} − r̄) / Σ(r_t − r̄)², and the
 * Ljung–Box statistic with one lag, Q = n(n+2)·ρ̂₁²/(n−1), against χ²₁ (methods §2.3).
 *
 * @param n revisions
 * @param rho1 lag-1 autocorrelation
 * @param ljungBoxQ Q(1)
 * @param p P(χ²₁ > Q)
 */
public record Autocorrelation(int n, double rho1, double ljungBoxQ, double p) {

  static Autocorrelation of(double[] revisions) {
    int n = revisions.length;
    if (n < 3) {
      return new Autocorrelation(n, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = 0;
    for (double r : revisions) {
      mean += r / n;
    }
    double denominator = 0;
    for (double r : revisions) {
      denominator += (r - mean) * (r - mean);
    }
    if (!(denominator > 0)) {
      return new Autocorrelation(n, Double.NaN, Double.NaN, Double.NaN);
    }
    double numerator = 0;
    for (int t = 1; t < n; t++) {
      numerator += (revisions[t] - mean) * (revisions[t - 1] - mean);
    }
    double rho = numerator / denominator;
    double q = n * (n + 2.0) * rho * rho / (n - 1);
    return new Autocorrelation(n, rho, q, Distributions.chiSquare1UpperTail(q));
  }
}
