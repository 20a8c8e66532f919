package org.tradeshock.calibration;

/** Gaussian elimination with partial pivoting for the small normal equations of calibration. */
final class Gauss {
  private Gauss() {}

  /** Solves a x = b (a and b are overwritten); null when a is singular to working precision. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
          piv = r;
        }
      }
      if (!(Math.abs(a[piv][c]) > 1e-300)) {
        return null;
      }
      double[] tr = a[c];
      a[c] = a[piv];
      a[piv] = tr;
      double tb = b[c];
      b[c] = b[piv];
      b[piv] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
