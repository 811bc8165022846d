package org.vigie.core.ach;

/**
 * The scoring schemes of methods.md §3.2. Every scheme is a sum over rows of a per-row term, then a
 * finishing step (normalisation for the posteriors), so removing rows is a subtraction. NA cells
 * count as N everywhere (see {@link Rating}).
 */
final class Scores {

  private Scores() {}

  /** What one row adds to each hypothesis's running total under a scheme. */
  static double[] rowTerms(Scheme scheme, Evidence e) {
    double[] t = new double[e.ratings().size()];
    for (int j = 0; j < t.length; j++) {
      t[j] = term(scheme, e, e.rating(j));
    }
    return t;
  }

  private static double term(Scheme scheme, Evidence e, Rating r) {
    return switch (scheme) {
      // (a) Heuer: count the I and II cells; lower is better.
      case HEUER -> r.isInconsistent() ? 1 : 0;
      // (b) PARC: II −2, I −1, else 0; closer to 0 is better.
      case INCONSISTENCY -> r.inconsistency();
      case WEIGHTED_INCONSISTENCY -> e.weight() * r.inconsistency();
      // (c) Open Synthesis: (3 − rank)² below neutral, I 1 and II 4. With one analyst the
      // unrounded cell mean is the rating itself.
      case OPEN_SYNTHESIS -> Math.pow(Math.max(0, 3 - r.rank()), 2);
      // (d) Bayes, in log space: raw, tempered by k = cred·rel/2, or mixed with 0.5 by ρ.
      case BAYES -> Math.log(r.likelihood());
      case BAYES_TEMPERED -> e.weight() / 2 * Math.log(r.likelihood());
      case BAYES_MIXTURE -> {
        double rho = e.credibility().reliability();
        yield Math.log(rho * r.likelihood() + (1 - rho) * 0.5);
      }
    };
  }

  /** Turns the summed row terms into the scheme's scores (a uniform-prior posterior for Bayes). */
  static double[] finish(Scheme scheme, double[] sums) {
    return scheme.isProbability() ? normaliseLogs(sums) : sums.clone();
  }

  /** The scores of a whole matrix. */
  static double[] score(Scheme scheme, Matrix m) {
    double[] sums = new double[m.hypothesisCount()];
    for (Evidence e : m.evidence()) {
      double[] t = rowTerms(scheme, e);
      for (int j = 0; j < sums.length; j++) {
        sums[j] += t[j];
      }
    }
    return finish(scheme, sums);
  }

  /** exp and normalise, subtracting the maximum first so that nothing underflows. */
  private static double[] normaliseLogs(double[] logs) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : logs) {
      max = Math.max(max, v);
    }
    double[] p = new double[logs.length];
    double total = 0;
    for (int j = 0; j < p.length; j++) {
      p[j] = Math.exp(logs[j] - max);
      total += p[j];
    }
    for (int j = 0; j < p.length; j++) {
      p[j] /= total;
    }
    return p;
  }
}
