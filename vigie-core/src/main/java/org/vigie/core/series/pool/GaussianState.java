package org.vigie.core.series.pool;

/** A Gaussian over the state vector [ln N, b₁, …, b_S]: its mean and covariance, copied on read. */
final class GaussianState {
  final double[] mean;
  final double[][] cov;

  GaussianState(double[] mean, double[][] cov) {
    this.mean = mean;
    this.cov = cov;
  }

  int dimension() {
    return mean.length;
  }

  GaussianState copy() {
    double[][] c = new double[cov.length][];
    for (int i = 0; i < cov.length; i++) {
      c[i] = cov[i].clone();
    }
    return new GaussianState(mean.clone(), c);
  }

  /** Adds {@code variance[i]} to the diagonal: the random-walk predict step with F = I. */
  void diffuse(double[] variance) {
    for (int i = 0; i < mean.length; i++) {
      cov[i][i] += variance[i];
    }
  }
}
