package org.tradeshock.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tradeshock.common.Checks;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.SolverException;
import org.tradeshock.model.TradeMatrix;

/**
 * Solves for sanction wedges (and capacity limits) that reproduce observed post-sanction outcomes.
 *
 * <p>Method: bounded Levenberg-Marquardt (Marquardt 1963, diagonal scaling) on the scaled
 * residuals r_k(p) = (outcome_k(solve(shock(p))) - target_k) / scale_k, with a central
 * finite-difference Jacobian (forward or backward next to a bound) and steps projected onto the
 * bounds. For a square system the damping falls to ~0 near the solution, so this is Newton's method
 * with a finite-difference Jacobian; with more targets than unknowns it finds the least-squares fit;
 * with fewer it finds a fit close to the start. Every model solve is a full levels solve (with
 * capacities) at tolerance 1e-12, so finite differences of step h ~ 1e-6 are accurate to ~1e-6
 * relative, ample for Newton's linear-then-fast convergence.
 *
 * <p>Non-convergence is reported in the result ({@link CalibrationResult#converged()}), not thrown:
 * a solve that fails during a trial step only makes the damping larger.
 */
public final class Calibrator {
  private static final double H = 1e-6;

  private final GsimLevels solver;
  private final double tolerance;
  private final int maxIterations;

  private Calibrator(GsimLevels solver, double tolerance, int maxIterations) {
    this.solver = solver;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /** A calibrator using {@link GsimLevels#create()}, tolerance 1e-10 on scaled residuals, 100 iterations. */
  public static Calibrator create() {
    return new Calibrator(GsimLevels.create(), 1e-10, 100);
  }

  /** A copy with another levels solver (its capacities are replaced by each shock's). */
  public Calibrator withSolver(GsimLevels s) {
    return new Calibrator(Objects.requireNonNull(s, "solver"), tolerance, maxIterations);
  }

  /** A copy with another tolerance (&gt; 0) on the max scaled residual. */
  public Calibrator withTolerance(double tol) {
    Checks.positive("calibration tolerance", tol);
    return new Calibrator(solver, tol, maxIterations);
  }

  /** A copy with another iteration limit (&gt;= 1). */
  public Calibrator withMaxIterations(int max) {
    Checks.check(max >= 1, "calibration maxIterations must be >= 1 but was %d", max);
    return new Calibrator(solver, tolerance, max);
  }

  /**
   * Finds the unknowns that make the model reproduce the targets.
   *
   * @param base the pre-sanction baseline
   * @param elasticities elasticities, one set per region
   * @param map maps unknowns (in the order of {@code unknowns}) to the shock to solve
   * @param unknowns parameters with start values and bounds
   * @param targets observed outcomes
   * @return values, fit per target and convergence (see the class notes)
   * @throws SolverException when the model cannot be solved at the start values
   */
  public CalibrationResult calibrate(TradeMatrix base, Elasticities elasticities, ShockMap map,
      List<Unknown> unknowns, List<Target> targets) {
    Checks.check(!unknowns.isEmpty() && !targets.isEmpty(),
        "calibration needs unknowns and targets but got %d and %d", unknowns.size(), targets.size());
    Problem pr = new Problem(base, elasticities, map, List.copyOf(unknowns), List.copyOf(targets));
    return new LevenbergMarquardt(pr, tolerance, maxIterations).run();
  }

  /** The residual function and its bookkeeping (not final, so tests can substitute a synthetic one). */
  class Problem {
    final TradeMatrix base;
    final Elasticities el;
    final ShockMap map;
    final List<Unknown> unknowns;
    final List<Target> targets;
    int solves;

    Problem(TradeMatrix base, Elasticities el, ShockMap map, List<Unknown> u, List<Target> t) {
      this.base = base;
      this.el = el;
      this.map = map;
      this.unknowns = u;
      this.targets = t;
    }

    /** Model outcomes at {@code p}; throws SolverException when the solve fails. */
    double[] fitted(double[] p) {
      solves++;
      GsimSolution s = map.at(p.clone()).solve(solver, base, el);
      double[] f = new double[targets.size()];
      for (int k = 0; k < f.length; k++) {
        f[k] = targets.get(k).outcome().of(base, s);
      }
      return f;
    }

    double[] residuals(double[] fitted) {
      double[] r = new double[fitted.length];
      for (int k = 0; k < r.length; k++) {
        Target t = targets.get(k);
        r[k] = (fitted[k] - t.value()) / t.scale();
      }
      return r;
    }

    /** Residuals at p, or null when the solve fails or gives a non-finite outcome. */
    double[] tryResiduals(double[] p) {
      try {
        double[] r = residuals(fitted(p));
        for (double x : r) {
          if (!Double.isFinite(x)) {
            return null;
          }
        }
        return r;
      } catch (SolverException e) {
        return null;
      }
    }

    /** Central-difference Jacobian dr/dp (one-sided next to a bound). */
    double[][] jacobian(double[] p, double[] r) {
      int m = r.length;
      double[][] jac = new double[m][p.length];
      for (int j = 0; j < p.length; j++) {
        Unknown u = unknowns.get(j);
        double h = H * Math.max(1, Math.abs(p[j]));
        double up = Math.min(u.upper(), p[j] + h);
        double down = Math.max(u.lower(), p[j] - h);
        double[] rUp = up > p[j] ? at(p, j, up) : r;
        double[] rDown = down < p[j] ? at(p, j, down) : r;
        if (rUp == null || rDown == null) {
          throw new SolverException("calibration: a finite-difference solve failed near " + unknowns.get(j).name());
        }
        for (int k = 0; k < m; k++) {
          jac[k][j] = (rUp[k] - rDown[k]) / (up - down);
        }
      }
      return jac;
    }

    private double[] at(double[] p, int j, double x) {
      double[] q = p.clone();
      q[j] = x;
      return tryResiduals(q);
    }

    List<TargetFit> fits(double[] p) {
      double[] f;
      try {
        f = fitted(p);
      } catch (SolverException e) {
        f = new double[targets.size()];
        java.util.Arrays.fill(f, Double.NaN);
      }
      double[] r = residuals(f);
      List<TargetFit> out = new ArrayList<>();
      for (int k = 0; k < f.length; k++) {
        out.add(new TargetFit(targets.get(k).name(), targets.get(k).value(), f[k], r[k]));
      }
      return out;
    }
  }
}
