package org.vigie.core.series.revision;

import org.vigie.core.series.stats.Distributions;

/**
 * Nordhaus's (1987) weak-efficiency regression r_t = α + β·r_{t−1} + u_t by least squares over the
 * consecutive pairs of revisions; under efficiency β = 0. β > 0 means revisions continue each other
 * (smoothing, anchoring on the previous figure), β < 0 that they undo each other (over-reaction). t
 * = β̂/se(β̂) with pairs − 2 degrees of freedom; p is two-sided.
 *
 * @param pairs regression points, one fewer than the revisions
 * @param alpha intercept
 * @param beta slope
 * @param se standard error of the slope
 * @param t β̂/se
 * @param p two-sided p-value
 */
public record Nordhaus(int pairs, double alpha, double beta, double se, double t, double p) {

  static Nordhaus of(double[] revisions) {
    int pairs = revisions.length - 1;
    if (pairs < 3) {
      return new Nordhaus(
          Math.max(pairs, 0), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mx = 0;
    double my = 0;
    for (int i = 1; i <= pairs; i++) {
      mx += revisions[i - 1] / pairs;
      my += revisions[i] / pairs;
    }
    double sxx = 0;
    double sxy = 0;
    for (int i = 1; i <= pairs; i++) {
      sxx += (revisions[i - 1] - mx) * (revisions[i - 1] - mx);
      sxy += (revisions[i - 1] - mx) * (revisions[i] - my);
    }
    if (!(sxx > 0)) {
      return new Nordhaus(pairs, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double beta = sxy / sxx;
    double alpha = my - beta * mx;
    double sse = 0;
    for (int i = 1; i <= pairs; i++) {
      double u = revisions[i] - alpha - beta * revisions[i - 1];
      sse += u * u;
    }
    double se = Math.sqrt(sse / (pairs - 2) / sxx);
    double t = se > 0 ? beta / se : Double.NaN;
    return new Nordhaus(pairs, alpha, beta, se, t, Distributions.studentTwoSided(t, pairs - 2));
  }
}
