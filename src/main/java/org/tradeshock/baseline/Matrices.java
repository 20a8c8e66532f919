package org.tradeshock.baseline;

import java.util.Locale;
import org.tradeshock.common.Checks;

/** Shape-checked copies and sums for the balancing code. */
final class Matrices {
  private Matrices() {}

  static double[][] copy(String name, double[][] a) {
    Checks.check(a != null && a.length > 0 && a[0] != null && a[0].length > 0,
        "%s must be a non-empty matrix", name);
    int cols = a[0].length;
    double[][] c = new double[a.length][];
    for (int r = 0; r < a.length; r++) {
      Checks.check(a[r] != null && a[r].length == cols,
          "%s row %d must have %d columns but has %s", name, r, cols,
          a[r] == null ? "none" : String.valueOf(a[r].length));
      c[r] = a[r].clone();
    }
    return c;
  }

  static double[] copy(String name, double[] a, int n) {
    Checks.check(a != null && a.length == n, "%s must have %d entries but has %s", name, n,
        a == null ? "none" : String.valueOf(a.length));
    for (int k = 0; k < n; k++) {
      Checks.nonNegative(String.format(Locale.ROOT, "%s[%d]", name, k), a[k]);
    }
    return a.clone();
  }

  static boolean[][] copy(String name, boolean[][] a, int rows, int cols) {
    Checks.check(a != null && a.length == rows, "%s must have %d rows", name, rows);
    boolean[][] c = new boolean[rows][];
    for (int r = 0; r < rows; r++) {
      Checks.check(a[r] != null && a[r].length == cols, "%s row %d must have %d columns", name, r, cols);
      c[r] = a[r].clone();
    }
    return c;
  }

  static double sum(double[] a) {
    double s = 0;
    for (double x : a) {
      s += x;
    }
    return s;
  }
}
