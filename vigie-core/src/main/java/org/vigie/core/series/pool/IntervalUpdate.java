package org.vigie.core.series.pool;

import org.vigie.core.series.stats.Normal;

/**
 * The moment-matched (assumed-density) update for a report that says only that the latent reading z
 * = x + b + e lies in (lo, hi), on the log scale, with lo = −∞ or hi = +∞ for one-sided reports
 * (methods §1.3). With S = P + R, s = √S, μ = m + b, α = (lo−μ)/s, β = (hi−μ)/s, Z = Φ(β) − Φ(α)
 * and d = (φ(α) − φ(β))/Z:
 *
 * <pre>
 *   E[z] = μ + s·d,   Var[z] = S·(1 + (αφ(α) − βφ(β))/Z − d²)
 *   K = P/S,  m' = m + K(E[z] − μ),  P' = P − K·P + K²·Var[z]      log-likelihood ln Z
 * </pre>
 *
 * The exact posterior of a Gaussian prior and an interval likelihood is a truncated normal; this
 * keeps its mean and variance so the filter carries a Gaussian forward.
 */
public final class IntervalUpdate {

  /** A scalar posterior: mean and variance of ln N, and ln Z of the report. */
  public record Posterior(double mean, double variance, double logZ) {}

  /** Mean and variance of the reading z after truncation to (lo, hi), and ln Z. */
  record Moments(double mean, double variance, double logZ) {}

  private IntervalUpdate() {}

  /**
   * Updates a scalar prior N(m, p) on ln N by a report whose reading lies in (lo, hi), with noise
   * variance r and known log bias b.
   */
  public static Posterior scalar(double m, double p, double lo, double hi, double r, double b) {
    double s = p + r;
    Moments z = truncated(m + b, s, lo, hi);
    double k = p / s;
    return new Posterior(m + k * (z.mean() - m - b), p - k * p + k * k * z.variance(), z.logZ());
  }

  /** The moments of N(mu, s) truncated to (lo, hi). */
  static Moments truncated(double mu, double s, double lo, double hi) {
    if (!(lo < hi)) {
      throw new IllegalArgumentException("empty interval (" + lo + ", " + hi + ")");
    }
    double sd = Math.sqrt(s);
    double a = (lo - mu) / sd;
    double c = (hi - mu) / sd;
    double z = Normal.probabilityBetween(a, c);
    if (!(z > 0)) {
      throw new IllegalArgumentException(
          "report interval has probability 0 under the prediction: α=" + a + " β=" + c);
    }
    double pa = Normal.pdf(a);
    double pc = Normal.pdf(c);
    double apa = Double.isInfinite(a) ? 0.0 : a * pa;
    double cpc = Double.isInfinite(c) ? 0.0 : c * pc;
    double d = (pa - pc) / z;
    double variance = s * (1.0 + (apa - cpc) / z - d * d);
    return new Moments(mu + sd * d, Math.max(variance, 0.0), Math.log(z));
  }
}
