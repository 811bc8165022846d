package org.vigie.core.series.pool;

import java.util.List;

/**
 * The Rauch–Tung–Striebel backward pass with F = I (methods §1.2, Särkkä Thm 8.2):
 *
 * <pre>
 *   G_t = P_t (P⁻_{t+1})⁻¹
 *   m^s_t = m_t + G_t (m^s_{t+1} − m⁻_{t+1}),   P^s_t = P_t + G_t (P^s_{t+1} − P⁻_{t+1}) G_tᵀ
 * </pre>
 */
final class RtsSmoother {

  private RtsSmoother() {}

  /** Smoothed states from filtered ones and the predictions that preceded them. */
  static GaussianState[] smooth(List<GaussianState> filtered, List<GaussianState> predicted) {
    int n = filtered.size();
    GaussianState[] smoothed = new GaussianState[n];
    smoothed[n - 1] = filtered.get(n - 1).copy();
    for (int t = n - 2; t >= 0; t--) {
      GaussianState f = filtered.get(t);
      GaussianState next = predicted.get(t + 1);
      // G = P_t·(P⁻)⁻¹ = (solve(P⁻, P_t))ᵀ, both symmetric.
      double[][] g = transpose(LinearSolve.solve(next.cov, f.cov));
      double[] dm = subtract(smoothed[t + 1].mean, next.mean);
      double[][] dp = subtract(smoothed[t + 1].cov, next.cov);
      double[] mean = f.mean.clone();
      double[] gdm = multiply(g, dm);
      for (int i = 0; i < mean.length; i++) {
        mean[i] += gdm[i];
      }
      double[][] cov = add(f.cov, multiply(multiply(g, dp), transpose(g)));
      smoothed[t] = new GaussianState(mean, symmetrise(cov));
    }
    return smoothed;
  }

  private static double[] multiply(double[][] a, double[] x) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < x.length; j++) {
        y[i] += a[i][j] * x[j];
      }
    }
    return y;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    int n = a.length;
    int m = b[0].length;
    double[][] c = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < b.length; k++) {
        double aik = a[i][k];
        for (int j = 0; j < m; j++) {
          c[i][j] += aik * b[k][j];
        }
      }
    }
    return c;
  }

  private static double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  private static double[] subtract(double[] a, double[] b) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] - b[i];
    }
    return c;
  }

  private static double[][] subtract(double[][] a, double[][] b) {
    double[][] c = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        c[i][j] = a[i][j] - b[i][j];
      }
    }
    return c;
  }

  private static double[][] add(double[][] a, double[][] b) {
    double[][] c = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        c[i][j] = a[i][j] + b[i][j];
      }
    }
    return c;
  }

  private static double[][] symmetrise(double[][] a) {
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < i; j++) {
        double avg = 0.5 * (a[i][j] + a[j][i]);
        a[i][j] = avg;
        a[j][i] = avg;
      }
    }
    return a;
  }
}
