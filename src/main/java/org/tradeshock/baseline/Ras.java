package org.tradeshock.baseline;

import java.util.Locale;
import java.util.Objects;
import org.tradeshock.common.Checks;

/**
 * Biproportional matrix balancing (RAS, iterative proportional fitting; Stone 1961, Bacharach 1970
 * "Biproportional Matrices and Input-Output Change") with fixed cells and structural zeros.
 *
 * <p>Implementation notes: fixed cells are taken out of the problem (their values are subtracted
 * from the row and column targets) and the free cells are scaled alternately to the remaining row
 * targets and the remaining column targets. Multiplicative scaling keeps seed zeros at zero. The
 * remaining column targets are first rescaled to the remaining row total, which the problem
 * guarantees to differ by at most a relative 1e-9, so that both margins can be met to the
 * tolerance. Instances are immutable; {@code withX} returns a copy.
 */
public final class Ras {
  private final double tolerance;
  private final int maxIterations;

  private Ras(double tolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /** Balancing to a relative margin error below 1e-10 within at most 10,000 sweeps. */
  public static Ras create() {
    return new Ras(1e-10, 10_000);
  }

  /** A copy that stops when the relative margin error is below {@code tolerance} (&gt; 0). */
  public Ras withTolerance(double tolerance) {
    Checks.positive("tolerance", tolerance);
    return new Ras(tolerance, maxIterations);
  }

  /** A copy that gives up after {@code maxIterations} (&gt;= 1) row-then-column sweeps. */
  public Ras withMaxIterations(int maxIterations) {
    Checks.check(maxIterations >= 1, "maxIterations must be >= 1 but was %d", maxIterations);
    return new Ras(tolerance, maxIterations);
  }

  /**
   * Balances the problem's seed to its margins.
   *
   * <p>Finds X = diag(r) S diag(s) on the free cells (S the seed with fixed cells removed) such that
   * row sums and column sums of X plus the fixed cells equal the targets; the error reported is
   * max |sum - target| / target over all rows and columns (zero targets are met exactly). Units are
   * those of the seed and targets. A zero seed gives a zero cell; a zero target gives a zero free
   * line.
   *
   * @throws IllegalStateException when the relative margin error is still at or above the
   *     tolerance after {@code maxIterations} sweeps (e.g. a zero pattern that cannot carry the
   *     margins); the message names the iterations and the error
   */
  public RasResult balance(RasProblem problem) {
    Objects.requireNonNull(problem, "problem");
    double[][] seed = problem.seed();
    boolean[][] fixed = problem.fixed();
    double[] rowTargets = problem.rowTargets();
    double[] colTargets = problem.colTargets();
    double scale = Math.max(Matrices.sum(rowTargets), Matrices.sum(colTargets));
    double[] rowFixed = RasFeasibility.fixedSums(seed, fixed, false);
    double[] colFixed = RasFeasibility.fixedSums(seed, fixed, true);
    double[] u = remaining(rowTargets, rowFixed, scale);
    double[] w = remaining(colTargets, colFixed, scale);
    double colSum = Matrices.sum(w);
    if (colSum > 0) {
      double k = Matrices.sum(u) / colSum;
      for (int c = 0; c < w.length; c++) {
        w[c] *= k;
        colTargets[c] = colFixed[c] + w[c];
      }
    }
    double[][] x = freeCells(seed, fixed);
    double error = Double.POSITIVE_INFINITY;
    for (int it = 1; it <= maxIterations; it++) {
      scaleRows(x, u);
      scaleColumns(x, w);
      error = marginError(x, rowFixed, colFixed, rowTargets, colTargets, scale);
      if (error < tolerance) {
        return new RasResult(addFixed(x, seed, fixed), it, error);
      }
    }
    throw new IllegalStateException(String.format(Locale.ROOT,
        "RAS did not converge after %d iterations: relative margin error %s, tolerance %s",
        maxIterations, error, tolerance));
  }

  private static double[] remaining(double[] targets, double[] fixedSums, double scale) {
    double[] left = new double[targets.length];
    for (int k = 0; k < left.length; k++) {
      left[k] = RasFeasibility.remaining(targets[k], fixedSums[k], scale);
    }
    return left;
  }

  private static double[][] freeCells(double[][] seed, boolean[][] fixed) {
    double[][] x = new double[seed.length][seed[0].length];
    for (int r = 0; r < x.length; r++) {
      for (int c = 0; c < x[r].length; c++) {
        x[r][c] = fixed[r][c] ? 0 : seed[r][c];
      }
    }
    return x;
  }

  private static void scaleRows(double[][] x, double[] targets) {
    for (int r = 0; r < x.length; r++) {
      double s = Matrices.sum(x[r]);
      if (s > 0) {
        double k = targets[r] / s;
        for (int c = 0; c < x[r].length; c++) {
          x[r][c] *= k;
        }
      }
    }
  }

  private static void scaleColumns(double[][] x, double[] targets) {
    double[] sums = new double[targets.length];
    for (double[] row : x) {
      for (int c = 0; c < row.length; c++) {
        sums[c] += row[c];
      }
    }
    for (double[] row : x) {
      for (int c = 0; c < row.length; c++) {
        if (sums[c] > 0) {
          row[c] *= targets[c] / sums[c];
        }
      }
    }
  }

  private static double marginError(double[][] x, double[] rowFixed, double[] colFixed,
      double[] rowTargets, double[] colTargets, double scale) {
    double worst = 0;
    double[] colSums = new double[colTargets.length];
    for (int r = 0; r < x.length; r++) {
      worst = Math.max(worst, relative(rowFixed[r] + Matrices.sum(x[r]), rowTargets[r], scale));
      for (int c = 0; c < x[r].length; c++) {
        colSums[c] += x[r][c];
      }
    }
    for (int c = 0; c < colSums.length; c++) {
      worst = Math.max(worst, relative(colFixed[c] + colSums[c], colTargets[c], scale));
    }
    return worst;
  }

  private static double relative(double sum, double target, double scale) {
    return Math.abs(sum - target) / (target > 0 ? target : Math.max(scale, Double.MIN_NORMAL));
  }

  private static double[][] addFixed(double[][] x, double[][] seed, boolean[][] fixed) {
    for (int r = 0; r < x.length; r++) {
      for (int c = 0; c < x[r].length; c++) {
        if (fixed[r][c]) {
          x[r][c] = seed[r][c];
        }
      }
    }
    return x;
  }
}
