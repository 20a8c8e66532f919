package org.tradeshock.baseline;

import java.util.Locale;
import org.tradeshock.common.Checks;

/**
 * A biproportional balancing problem: a non-negative seed matrix, target row and column sums, and
 * cells that must keep their seed value exactly.
 *
 * <p>Validation (in the constructor) rejects every problem that is infeasible for a reason visible
 * from the margins alone: negative or non-finite values, unequal row and column totals (relative
 * difference above 1e-9), fixed cells that exceed their row or column target, and a row or column
 * with a positive remaining target but no free cell with a positive seed. Seed zeros are
 * structural zeros and stay zero.
 *
 * @param seed prior matrix, rows x cols, finite and &gt;= 0
 * @param rowTargets target row sums, finite and &gt;= 0
 * @param colTargets target column sums, finite and &gt;= 0, with the same total as the rows
 * @param fixed {@code fixed[r][c]} true means cell (r, c) keeps {@code seed[r][c]} exactly
 */
public record RasProblem(double[][] seed, double[] rowTargets, double[] colTargets, boolean[][] fixed) {
  /** Relative tolerance on the difference between the row total and the column total. */
  public static final double TOTAL_TOLERANCE = 1e-9;

  /** Validates shapes, values and feasibility, and takes defensive copies. */
  public RasProblem {
    seed = Matrices.copy("seed", seed);
    int rows = seed.length;
    int cols = seed[0].length;
    rowTargets = Matrices.copy("row targets", rowTargets, rows);
    colTargets = Matrices.copy("column targets", colTargets, cols);
    fixed = Matrices.copy("fixed", fixed, rows, cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        Checks.nonNegative(String.format(Locale.ROOT, "seed cell (%d, %d)", r, c), seed[r][c]);
      }
    }
    double rowTotal = Matrices.sum(rowTargets);
    double colTotal = Matrices.sum(colTargets);
    Checks.check(Math.abs(rowTotal - colTotal) <= TOTAL_TOLERANCE * Math.max(rowTotal, colTotal),
        "row targets total %s but column targets total %s; they must agree within a relative %s",
        rowTotal, colTotal, TOTAL_TOLERANCE);
    RasFeasibility.check(seed, rowTargets, colTargets, fixed);
  }

  /** A problem without fixed cells. */
  public static RasProblem of(double[][] seed, double[] rowTargets, double[] colTargets) {
    int rows = seed == null ? 0 : seed.length;
    int cols = rows == 0 || seed[0] == null ? 0 : seed[0].length;
    return new RasProblem(seed, rowTargets, colTargets, new boolean[rows][cols]);
  }

  /** Number of rows. */
  public int rows() {
    return seed.length;
  }

  /** Number of columns. */
  public int cols() {
    return seed[0].length;
  }

  @Override
  public double[][] seed() {
    return Matrices.copy("seed", seed);
  }

  @Override
  public double[] rowTargets() {
    return rowTargets.clone();
  }

  @Override
  public double[] colTargets() {
    return colTargets.clone();
  }

  @Override
  public boolean[][] fixed() {
    return Matrices.copy("fixed", fixed, seed.length, seed[0].length);
  }
}
