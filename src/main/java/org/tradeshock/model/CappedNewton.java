package org.tradeshock.model;

import java.util.List;
import java.util.Locale;

/**
 * Newton's method on the levels GSIM extended by the capacities currently taken as binding.
 *
 * <p>Unknowns: y_i = ln P*_i of active exporters, and z_c = ln(1 + tau_c) for each binding cap c.
 * Equations: relative excess supply (sum_v M(i,v) - X_i)/X0_i = 0 and relative cap gap
 * (F_c - L_c)/L_c = 0 with F_c = sum_{v in R_c} M(e_c, v). The rent multiplies the power of every
 * covered route, so with d(i,v; j) = -sigma_v [i = j] + (sigma_v + Em_v) s(j,v) (the elasticity of
 * M(i,v) to the power on route j -> v, see {@link CesMarket}): dM(i,v)/dz_c = M(i,v) d(i,v; e_c)
 * for v in R_c, which gives the extra Jacobian columns and rows below. With no binding cap this is
 * exactly the unconstrained solver (same residual, Jacobian, steps and line search).
 */
final class CappedNewton {
  private static final double ARMIJO = 1e-4;
  private static final int MAX_HALVINGS = 50;

  private final CesMarket market;
  private final List<Capacity> binding;
  private final int[] active;
  private final int n;

  CappedNewton(CesMarket market, List<Capacity> binding, int n) {
    this.market = market;
    this.binding = binding;
    this.active = market.active();
    this.n = n;
  }

  /** Market state plus the cap gaps at one point. */
  record Point(double[] y, double[] z, CesMarket.State st, double[] capGap) {
    double sumSquares() {
      double s = st.sumSquares();
      for (double g : capGap) {
        s += g * g;
      }
      return s;
    }

    double maxResidual() {
      double worst = st.maxResidual();
      for (double g : capGap) {
        worst = Math.max(worst, Math.abs(g));
      }
      return Double.isNaN(sumSquares()) ? Double.NaN : worst;
    }
  }

  /** Result of one Newton run: the converged point and the steps it took. */
  record Run(Point point, int iterations) {}

  Point evaluate(double[] y, double[] z) {
    double[][] w = lnWedge(z);
    CesMarket.State st = market.evaluate(y, w);
    double[] gap = new double[binding.size()];
    for (int c = 0; c < gap.length; c++) {
      Capacity cap = binding.get(c);
      gap[c] = (coveredFlow(st, cap) - cap.limit()) / cap.limit();
    }
    return new Point(y, z, st, gap);
  }

  /** The extra log wedges on covered routes, or null with no binding cap. */
  double[][] lnWedge(double[] z) {
    if (binding.isEmpty()) {
      return null;
    }
    double[][] w = new double[n][n];
    for (int c = 0; c < z.length; c++) {
      Capacity cap = binding.get(c);
      for (int v = 0; v < n; v++) {
        if (cap.covers(v)) {
          w[cap.exporter()][v] += z[c];
        }
      }
    }
    return w;
  }

  static double coveredFlow(CesMarket.State st, Capacity cap) {
    double f = 0;
    for (int v = 0; v < st.flow.length; v++) {
      if (cap.covers(v)) {
        f += st.flow[cap.exporter()][v];
      }
    }
    return f;
  }

  /** Runs Newton from {@code start} until the max residual is below {@code tol}. */
  Run solve(Point start, double tol, int maxIterations, int used) {
    Point p = start;
    int iterations = used;
    while (!(p.maxResidual() < tol)) {
      if (iterations >= maxIterations) {
        throw failure("did not converge", iterations, maxIterations, p, tol);
      }
      DenseLu lu = DenseLu.factor(jacobian(p));
      if (lu == null) {
        throw failure("met a singular Jacobian", iterations, maxIterations, p, tol);
      }
      double[] step = lu.solve(negatedResidual(p));
      iterations++;
      Point next = lineSearch(p, step);
      if (next == null) {
        throw failure("line search could not reduce the residual", iterations, maxIterations, p, tol);
      }
      p = next;
    }
    return new Run(p, iterations);
  }

  private double[] negatedResidual(Point p) {
    int k = active.length;
    double[] rhs = new double[k + p.capGap.length];
    for (int a = 0; a < k; a++) {
      rhs[a] = -p.st.residual[active[a]];
    }
    for (int c = 0; c < p.capGap.length; c++) {
      rhs[k + c] = -p.capGap[c];
    }
    return rhs;
  }

  private Point lineSearch(Point current, double[] step) {
    double f0 = current.sumSquares();
    double alpha = 1;
    int k = active.length;
    for (int h = 0; h < MAX_HALVINGS; h++, alpha /= 2) {
      double[] y = current.y.clone();
      double[] z = current.z.clone();
      for (int a = 0; a < k; a++) {
        y[active[a]] = current.y[active[a]] + alpha * step[a];
      }
      for (int c = 0; c < z.length; c++) {
        z[c] = current.z[c] + alpha * step[k + c];
      }
      Point trial = evaluate(y, z);
      double f = trial.sumSquares();
      // NaN or overflow fails the comparison, so the step is halved.
      if (f <= (1 - 2 * ARMIJO * alpha) * f0 || f == 0) {
        return trial;
      }
    }
    return null;
  }

  /** The Jacobian over (y_active, z_binding); the y block is {@link CesMarket#jacobian}. */
  double[][] jacobian(Point p) {
    int k = active.length;
    int m = binding.size();
    double[][] base = market.jacobian(p.st);
    if (m == 0) {
      return base;
    }
    double[][] jac = new double[k + m][k + m];
    for (int a = 0; a < k; a++) {
      System.arraycopy(base[a], 0, jac[a], 0, k);
      int i = active[a];
      for (int c = 0; c < m; c++) {
        jac[a][k + c] = routeDerivative(p.st, i, binding.get(c)) / market.baseExports(i);
      }
    }
    for (int c = 0; c < m; c++) {
      Capacity cap = binding.get(c);
      for (int b = 0; b < k; b++) {
        jac[k + c][b] = capDerivative(p.st, cap, active[b], null) / cap.limit();
      }
      for (int d = 0; d < m; d++) {
        jac[k + c][k + d] = capDerivative(p.st, cap, binding.get(d).exporter(), binding.get(d))
            / cap.limit();
      }
    }
    return jac;
  }

  /** d sum_v M(i,v) / d z_c: exporter i's total flow response to cap c's rent. */
  private double routeDerivative(CesMarket.State st, int i, Capacity c) {
    double s = 0;
    for (int v = 0; v < n; v++) {
      if (c.covers(v) && st.flow[i][v] != 0) {
        s += st.flow[i][v] * elasticity(st, i, v, c.exporter());
      }
    }
    return s;
  }

  /**
   * d F_cap / d(shift on exporter j's routes): all routes of j when {@code shifter} is null (a world
   * price y_j), else only the routes covered by {@code shifter} (a rent z_d, j = its exporter).
   */
  private double capDerivative(CesMarket.State st, Capacity cap, int j, Capacity shifter) {
    int e = cap.exporter();
    double s = 0;
    for (int v = 0; v < n; v++) {
      if (cap.covers(v) && (shifter == null || shifter.covers(v)) && st.flow[e][v] != 0) {
        s += st.flow[e][v] * elasticity(st, e, v, j);
      }
    }
    return s;
  }

  /** d ln M(i,v) / d ln(power on route j -> v) = -sigma_v [i = j] + (sigma_v + Em_v) s(j,v). */
  private double elasticity(CesMarket.State st, int i, int v, int j) {
    double sigma = market.sigma(v);
    double d = (sigma + market.importDemand(v)) * st.share[j][v];
    return i == j ? d - sigma : d;
  }

  private static SolverException failure(
      String what, int iterations, int max, Point p, double tol) {
    return new SolverException(String.format(Locale.ROOT,
        "levels (Newton) %s after %d iterations (max %d): max relative excess supply or cap gap %s,"
            + " tolerance %s", what, iterations, max, p.maxResidual(), tol));
  }
}
