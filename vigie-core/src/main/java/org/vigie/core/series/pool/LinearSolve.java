package org.vigie.core.series.pool;

/**
 * Solves A·X = B by Gaussian elimination with partial pivoting; the state is small (1 + sources).
 */
final class LinearSolve {

  private LinearSolve() {}

  static double[][] solve(double[][] a, double[][] b) {
    int n = a.length;
    int m = b[0].length;
    double[][] lu = new double[n][];
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      lu[i] = a[i].clone();
      x[i] = b[i].clone();
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(lu[r][col]) > Math.abs(lu[pivot][col])) {
          pivot = r;
        }
      }
      if (lu[pivot][col] == 0.0) {
        throw new IllegalStateException("singular predicted covariance at column " + col);
      }
      swap(lu, col, pivot);
      swap(x, col, pivot);
      for (int r = col + 1; r < n; r++) {
        double f = lu[r][col] / lu[col][col];
        for (int c = col; c < n; c++) {
          lu[r][c] -= f * lu[col][c];
        }
        for (int c = 0; c < m; c++) {
          x[r][c] -= f * x[col][c];
        }
      }
    }
    for (int col = n - 1; col >= 0; col--) {
      for (int c = 0; c < m; c++) {
        double sum = x[col][c];
        for (int k = col + 1; k < n; k++) {
          sum -= lu[col][k] * x[k][c];
        }
        x[col][c] = sum / lu[col][col];
      }
    }
    return x;
  }

  private static void swap(double[][] rows, int i, int j) {
    double[] t = rows[i];
    rows[i] = rows[j];
    rows[j] = t;
  }
}
