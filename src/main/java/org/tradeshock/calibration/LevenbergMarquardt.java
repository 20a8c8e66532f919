package org.tradeshock.calibration;

import java.util.List;
import org.tradeshock.model.SolverException;

/** The bounded Levenberg-Marquardt iteration of {@link Calibrator} (see its class notes). */
final class LevenbergMarquardt {
  private static final int MAX_DAMPING_TRIES = 30;

  private final Calibrator.Problem pr;
  private final double tol;
  private final int maxIterations;

  LevenbergMarquardt(Calibrator.Problem pr, double tol, int maxIterations) {
    this.pr = pr;
    this.tol = tol;
    this.maxIterations = maxIterations;
  }

  CalibrationResult run() {
    List<Unknown> u = pr.unknowns;
    double[] p = new double[u.size()];
    for (int j = 0; j < p.length; j++) {
      p[j] = u.get(j).initial();
    }
    double[] r = pr.residuals(pr.fitted(p));
    double lambda = 1e-3;
    int it = 0;
    String note = "iteration limit reached";
    boolean converged = false;
    while (true) {
      if (maxAbs(r) <= tol) {
        converged = true;
        note = "all targets matched within tolerance";
        break;
      }
      if (it >= maxIterations) {
        break;
      }
      it++;
      double[][] jac;
      try {
        jac = pr.jacobian(p, r);
      } catch (SolverException e) {
        note = e.getMessage();
        break;
      }
      Step s = dampedStep(p, r, jac, lambda);
      if (s == null) {
        note = "no damped step reduced the misfit (a local least-squares minimum or a bound)";
        converged = r.length > p.length && stationary(p, r, jac);
        break;
      }
      double moved = maxAbsDiff(s.p, p);
      p = s.p;
      r = s.r;
      lambda = Math.max(s.lambda / 10, 1e-12);
      if (moved <= 1e-13 * (1 + maxAbs(p))) {
        // Tiny steps alone do not make an optimum (a poor finite-difference Jacobian also gives
        // them): an over-determined fit must pass the same gradient test as above.
        boolean matched = maxAbs(r) <= tol;
        converged = matched || (r.length > p.length && stationaryAt(p, r));
        note = matched ? "all targets matched within tolerance"
            : converged ? "parameters stopped moving at a least-squares optimum (gradient J'r ~ 0)"
            : "stalled: parameters stopped moving where the gradient J'r is not ~0, so this is no least-squares"
                + " optimum (check that each unknown moves the targets)";
        break;
      }
    }
    return new CalibrationResult(u.stream().map(Unknown::name).toList(), p, pr.fits(p), it,
        pr.solves, converged, rms(r), note);
  }

  private record Step(double[] p, double[] r, double lambda) {}

  /** Tries (J'J + lambda diag(J'J)) d = -J'r with growing lambda until the misfit falls. */
  private Step dampedStep(double[] p, double[] r, double[][] jac, double lambda) {
    int n = p.length;
    double[][] a = new double[n][n];
    double[] g = new double[n];
    for (int k = 0; k < r.length; k++) {
      for (int i = 0; i < n; i++) {
        g[i] += jac[k][i] * r[k];
        for (int j = 0; j < n; j++) {
          a[i][j] += jac[k][i] * jac[k][j];
        }
      }
    }
    double f0 = dot(r, r);
    for (int t = 0; t < MAX_DAMPING_TRIES; t++, lambda *= 10) {
      double[][] m = new double[n][];
      for (int i = 0; i < n; i++) {
        m[i] = a[i].clone();
        m[i][i] += lambda * Math.max(a[i][i], 1e-12);
      }
      double[] d = org.tradeshock.model.DenseLu.solveOrNull(m, negate(g));
      if (d == null) {
        continue;
      }
      double[] q = new double[n];
      for (int i = 0; i < n; i++) {
        q[i] = pr.unknowns.get(i).clamp(p[i] + d[i]);
      }
      double[] rq = pr.tryResiduals(q);
      if (rq != null && dot(rq, rq) < f0) {
        return new Step(q, rq, lambda);
      }
    }
    return null;
  }

  /** {@link #stationary} with the Jacobian at {@code p}; false when a finite-difference solve fails. */
  private boolean stationaryAt(double[] p, double[] r) {
    try {
      return stationary(p, r, pr.jacobian(p, r));
    } catch (SolverException e) {
      return false;
    }
  }

  /** Whether the projected gradient J'r is ~0 relative to the misfit (a least-squares optimum). */
  private boolean stationary(double[] p, double[] r, double[][] jac) {
    for (int i = 0; i < p.length; i++) {
      double g = 0;
      for (int k = 0; k < r.length; k++) {
        g += jac[k][i] * r[k];
      }
      Unknown u = pr.unknowns.get(i);
      boolean blocked = (p[i] <= u.lower() && g > 0) || (p[i] >= u.upper() && g < 0);
      if (!blocked && Math.abs(g) > 1e-6 * Math.max(1e-12, Math.sqrt(dot(r, r)))) {
        return false;
      }
    }
    return true;
  }

  private static double[] negate(double[] g) {
    double[] out = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      out[i] = -g[i];
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double maxAbs(double[] a) {
    double m = 0;
    for (double x : a) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  private static double maxAbsDiff(double[] a, double[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }

  private static double rms(double[] r) {
    return Math.sqrt(dot(r, r) / r.length);
  }
}
