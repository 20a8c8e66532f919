package org.tradeshock.baseline;

import org.tradeshock.common.Checks;

/** Feasibility checks of a RAS problem that can be decided from the margins and the seed pattern. */
final class RasFeasibility {
  /** Remaining margins below this share of the grand total count as exactly 0 (rounding). */
  static final double NEGLIGIBLE = 1e-12;

  private RasFeasibility() {}

  static void check(double[][] seed, double[] rowTargets, double[] colTargets, boolean[][] fixed) {
    double scale = Math.max(Matrices.sum(rowTargets), Matrices.sum(colTargets));
    for (int r = 0; r < seed.length; r++) {
      for (int c = 0; c < seed[r].length; c++) {
        if (fixed[r][c]) {
          Checks.check(seed[r][c] <= rowTargets[r],
              "fixed cell (%d, %d) = %s exceeds the target %s of row %d", r, c, seed[r][c],
              rowTargets[r], r);
          Checks.check(seed[r][c] <= colTargets[c],
              "fixed cell (%d, %d) = %s exceeds the target %s of column %d", r, c, seed[r][c],
              colTargets[c], c);
        }
      }
    }
    double[] rowFixed = fixedSums(seed, fixed, false);
    double[] colFixed = fixedSums(seed, fixed, true);
    lines("row", rowTargets, rowFixed, freePositive(seed, fixed, false), scale);
    lines("column", colTargets, colFixed, freePositive(seed, fixed, true), scale);
  }

  private static void lines(String kind, double[] targets, double[] fixedSum, boolean[] hasFree,
      double scale) {
    for (int k = 0; k < targets.length; k++) {
      Checks.check(fixedSum[k] <= targets[k] + NEGLIGIBLE * scale,
          "fixed cells of %s %d sum to %s, above its target %s", kind, k, fixedSum[k], targets[k]);
      double left = remaining(targets[k], fixedSum[k], scale);
      Checks.check(left == 0 || hasFree[k],
          "%s %d is infeasible: it still needs %s after its fixed cells but has no free cell with "
              + "a positive seed", kind, k, left);
    }
  }

  /** What a margin still needs after its fixed cells; 0 when that is negligible or negative. */
  static double remaining(double target, double fixedSum, double scale) {
    double left = target - fixedSum;
    return left > NEGLIGIBLE * scale ? left : 0;
  }

  /** Sums of fixed cells by row, or by column when {@code byColumn}. */
  static double[] fixedSums(double[][] seed, boolean[][] fixed, boolean byColumn) {
    double[] s = new double[byColumn ? seed[0].length : seed.length];
    for (int r = 0; r < seed.length; r++) {
      for (int c = 0; c < seed[r].length; c++) {
        if (fixed[r][c]) {
          s[byColumn ? c : r] += seed[r][c];
        }
      }
    }
    return s;
  }

  private static boolean[] freePositive(double[][] seed, boolean[][] fixed, boolean byColumn) {
    boolean[] has = new boolean[byColumn ? seed[0].length : seed.length];
    for (int r = 0; r < seed.length; r++) {
      for (int c = 0; c < seed[r].length; c++) {
        if (!fixed[r][c] && seed[r][c] > 0) {
          has[byColumn ? c : r] = true;
        }
      }
    }
    return has;
  }
}
