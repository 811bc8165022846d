package org.vigie.core.series.revision;

import org.vigie.core.series.stats.Distributions;

/**
 * One-sample t-test of the mean log revision against 0, t = r̄ / (s/√n) with n − 1 degrees of
 * freedom. The mean is also the effect size: exp(r̄) is the typical factor of one revision.
 *
 * @param n revisions, zeros included
 * @param mean mean log revision
 * @param sd sample standard deviation of the revisions
 * @param t the statistic (NaN when n < 2 or sd = 0)
 * @param pUp one-sided p for a positive mean
 * @param pDown one-sided p for a negative mean
 */
public record MeanTTest(int n, double mean, double sd, double t, double pUp, double pDown) {

  static MeanTTest of(double[] revisions) {
    int n = revisions.length;
    if (n == 0) {
      return new MeanTTest(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = 0;
    for (double r : revisions) {
      mean += r / n;
    }
    double ss = 0;
    for (double r : revisions) {
      ss += (r - mean) * (r - mean);
    }
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
    if (!(sd > 0)) {
      return new MeanTTest(n, mean, sd, Double.NaN, Double.NaN, Double.NaN);
    }
    double t = mean / (sd / Math.sqrt(n));
    double pUp = Distributions.studentUpperTail(t, n - 1);
    return new MeanTTest(n, mean, sd, t, pUp, Distributions.studentUpperTail(-t, n - 1));
  }

  public double p(Direction direction) {
    return switch (direction) {
      case UP -> pUp;
      case DOWN -> pDown;
      case NONE -> Double.NaN;
    };
  }
}
