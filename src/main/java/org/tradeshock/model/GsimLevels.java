package org.tradeshock.model;

import java.util.Locale;
import org.tradeshock.common.Checks;

/**
 * The GSIM in CES levels form (Francois and Hall's nonlinear GSIM structure; MODELS.md 3.2),
 * solved by Newton's method in log world prices; use it for sanctions-sized shocks and embargoes.
 *
 * <p>Implementation notes: the unknowns are y_i = ln P*_i of exporters with positive base
 * exports, starting at 0 (the calibrated base). Each step solves J dy = -f with the analytic
 * Jacobian of {@link CesMarket} and backtracks (halving, Armijo condition on ||f||^2) until the
 * residual falls. Exporters with zero base exports have no defined price: P* is held at 1 and their
 * market-clearing equation is dropped (they ship nothing, whatever the price). Instances are
 * immutable; {@code withX} returns a copy.
 */
public final class GsimLevels implements GsimModel {
  private static final String METHOD = "levels (Newton)";
  private static final double ARMIJO = 1e-4;
  private static final int MAX_HALVINGS = 50;

  private final double tolerance;
  private final int maxIterations;

  private GsimLevels(double tolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /** The solver with tolerance 1e-12 (max relative excess supply) and at most 200 iterations. */
  public static GsimLevels create() {
    return new GsimLevels(1e-12, 200);
  }

  /** A copy that stops when the max relative excess supply is below {@code tolerance} (&gt; 0). */
  public GsimLevels withTolerance(double tolerance) {
    Checks.positive("tolerance", tolerance);
    return new GsimLevels(tolerance, maxIterations);
  }

  /** A copy that gives up after {@code maxIterations} (&gt;= 1) Newton steps. */
  public GsimLevels withMaxIterations(int maxIterations) {
    Checks.check(maxIterations >= 1, "maxIterations must be >= 1 but was %d", maxIterations);
    return new GsimLevels(tolerance, maxIterations);
  }

  /** The convergence tolerance on the max relative excess supply. */
  public double tolerance() {
    return tolerance;
  }

  /** The maximum number of Newton steps. */
  public int maxIterations() {
    return maxIterations;
  }

  @Override
  public String name() {
    return "GSIM levels (CES)";
  }

  /**
   * Solves the CES levels GSIM for the new world prices.
   *
   * <p>Model (MODELS.md 3.2, after Francois and Hall's GSIM): P_v = [sum_i beta(i,v)
   * (T1 P*_i)^(1-sigma_v)]^(1/(1-sigma_v)), Q_v = E0_v P_v^Em_v, M(i,v) = beta (T1 P*_i /
   * P_v)^(-sigma_v) Q_v with beta = M0 T0^sigma / E0 and E0_v = sum_i M0 T0 (so P_v = 1 in the
   * base), supply X_i = X0_i P*_i^Ex_i, and market clearing sum_v M(i,v) = X_i. Welfare is the
   * exact area under the constant-elasticity curves: dPS_i = X0_i (P*_i^(1+Ex) - 1)/(1+Ex),
   * dCS_v = -E0_v (P_v^(1+Em) - 1)/(1+Em) (-E0_v ln P_v when Em = -1), dR_v = sum_i (T1 - 1) P*_i
   * M1(i,v) - sum_i (T0 - 1) M0(i,v). Quantities are in base-value units, money in base value
   * units, price changes are fractions (P* - 1, P_v - 1).
   *
   * <p>Edge cases: T1 = +Infinity (embargo) sets the flow to exactly 0 and needs sigma_v &gt; 1
   * for that importer; zero base flows stay 0; exporters with no base exports keep P* = 1; an
   * importer with no base imports reports no change; an importer whose every supplier is
   * embargoed has composite price +Infinity (and dCS = E0/(1+Em) if Em &lt; -1, else -Infinity).
   *
   * @throws IllegalArgumentException when shapes differ, a new power is not &gt; 0, or an embargo
   *     meets sigma_v &lt;= 1
   * @throws SolverException when Newton does not converge within {@link #maxIterations()}, the
   *     Jacobian is singular, or the line search cannot reduce the residual
   */
  @Override
  public GsimSolution solve(TradeMatrix base, Elasticities elasticities, double[][] newPowers) {
    double[][] t1 = GsimInputs.checkedPowers(base, elasticities, newPowers, true);
    CesMarket market = new CesMarket(base, elasticities, t1);
    int[] active = market.active();
    double[] y = new double[base.size()];
    CesMarket.State st = market.evaluate(y);
    int iterations = 0;
    while (!(st.maxResidual() < tolerance)) {
      if (iterations >= maxIterations) {
        throw failure("did not converge", iterations, st);
      }
      DenseLu lu = DenseLu.factor(market.jacobian(st));
      if (lu == null) {
        throw failure("met a singular Jacobian", iterations, st);
      }
      double[] rhs = new double[active.length];
      for (int a = 0; a < active.length; a++) {
        rhs[a] = -st.residual[active[a]];
      }
      double[] step = lu.solve(rhs);
      iterations++;
      CesMarket.State next = lineSearch(market, active, y, step, st);
      if (next == null) {
        throw failure("line search could not reduce the residual", iterations, st);
      }
      st = next;
    }
    DenseLu finalLu = DenseLu.factor(market.jacobian(st));
    double cond = finalLu == null ? Double.NaN : finalLu.conditionEstimate();
    SolverDiagnostics diag = new SolverDiagnostics(METHOD, iterations, st.maxResidual(), cond);
    return LevelsAccounting.solution(base, elasticities, t1, market, y, st, diag);
  }

  /** Backtracks along {@code step}; updates {@code y} in place and returns the accepted state. */
  private static CesMarket.State lineSearch(
      CesMarket market, int[] active, double[] y, double[] step, CesMarket.State current) {
    double f0 = current.sumSquares();
    double alpha = 1;
    double[] trial = y.clone();
    for (int h = 0; h < MAX_HALVINGS; h++, alpha /= 2) {
      for (int a = 0; a < active.length; a++) {
        trial[active[a]] = y[active[a]] + alpha * step[a];
      }
      CesMarket.State st = market.evaluate(trial);
      double f = st.sumSquares();
      // NaN or overflow fails the comparison, so the step is halved.
      if (f <= (1 - 2 * ARMIJO * alpha) * f0 || f == 0) {
        System.arraycopy(trial, 0, y, 0, y.length);
        return st;
      }
    }
    return null;
  }

  private SolverException failure(String what, int iterations, CesMarket.State st) {
    return new SolverException(String.format(Locale.ROOT,
        "%s %s after %d iterations (max %d): max relative excess supply %s, tolerance %s",
        METHOD, what, iterations, maxIterations, st.maxResidual(), tolerance));
  }
}
