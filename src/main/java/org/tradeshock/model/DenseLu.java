package org.tradeshock.model;

import java.util.Locale;

/**
 * LU factorisation with partial pivoting of a small dense square matrix, for the GSIM solvers.
 *
 * <p>Implementation notes: Doolittle elimination in place on a copy (Golub and Van Loan, Matrix
 * Computations, alg. 3.4.1). The matrices here are n x n with n the number of regions (tens at
 * most), so the condition estimate simply forms the inverse column by column and takes
 * ||A||_1 ||A^-1||_1.
 */
public final class DenseLu {
  private final double[][] lu;
  private final int[] pivot;
  private final double norm1;

  private DenseLu(double[][] lu, int[] pivot, double norm1) {
    this.lu = lu;
    this.pivot = pivot;
    this.norm1 = norm1;
  }

  /**
   * Factorises {@code a} (not modified).
   *
   * @return the factorisation, or {@code null} when a pivot is zero or not finite (singular matrix)
   */
  static DenseLu factor(double[][] a) {
    int n = a.length;
    double[][] m = TradeMatrix.copy(a);
    int[] p = new int[n];
    for (int k = 0; k < n; k++) {
      p[k] = k;
    }
    for (int k = 0; k < n; k++) {
      int best = k;
      for (int r = k + 1; r < n; r++) {
        if (Math.abs(m[r][k]) > Math.abs(m[best][k])) {
          best = r;
        }
      }
      if (!(Math.abs(m[best][k]) > 0) || !Double.isFinite(m[best][k])) {
        return null;
      }
      swap(m, p, k, best);
      for (int r = k + 1; r < n; r++) {
        double f = m[r][k] / m[k][k];
        m[r][k] = f;
        for (int c = k + 1; c < n; c++) {
          m[r][c] -= f * m[k][c];
        }
      }
    }
    return new DenseLu(m, p, norm1(a));
  }

  /**
   * Solves {@code a x = b} in one call (neither is modified).
   *
   * @return x, or null when {@code a} is singular to working precision
   */
  public static double[] solveOrNull(double[][] a, double[] b) {
    DenseLu lu = factor(a);
    return lu == null ? null : lu.solve(b);
  }

  /** Solves {@code A x = b} and returns x. */
  double[] solve(double[] b) {
    int n = lu.length;
    if (b.length != n) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "right-hand side must have %d entries but has %d", n, b.length));
    }
    double[] x = new double[n];
    for (int r = 0; r < n; r++) {
      double s = b[pivot[r]];
      for (int c = 0; c < r; c++) {
        s -= lu[r][c] * x[c];
      }
      x[r] = s;
    }
    for (int r = n - 1; r >= 0; r--) {
      double s = x[r];
      for (int c = r + 1; c < n; c++) {
        s -= lu[r][c] * x[c];
      }
      x[r] = s / lu[r][r];
    }
    return x;
  }

  /** The 1-norm condition number ||A||_1 ||A^-1||_1, computed through the explicit inverse. */
  double conditionEstimate() {
    int n = lu.length;
    double invNorm = 0;
    for (int c = 0; c < n; c++) {
      double[] e = new double[n];
      e[c] = 1;
      double colSum = 0;
      for (double x : solve(e)) {
        colSum += Math.abs(x);
      }
      invNorm = Math.max(invNorm, colSum);
    }
    return norm1 * invNorm;
  }

  /** Max-norm of {@code A x - b}. */
  static double residual(double[][] a, double[] x, double[] b) {
    double worst = 0;
    for (int r = 0; r < a.length; r++) {
      double s = -b[r];
      for (int c = 0; c < x.length; c++) {
        s += a[r][c] * x[c];
      }
      worst = Math.max(worst, Math.abs(s));
    }
    return worst;
  }

  private static double norm1(double[][] a) {
    double best = 0;
    for (int c = 0; c < a.length; c++) {
      double s = 0;
      for (double[] row : a) {
        s += Math.abs(row[c]);
      }
      best = Math.max(best, s);
    }
    return best;
  }

  private static void swap(double[][] m, int[] p, int i, int j) {
    if (i != j) {
      double[] row = m[i];
      m[i] = m[j];
      m[j] = row;
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
  }
}
