package org.tradeshock.model;

import java.util.List;
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
 *
 * <p>Capacity limits ({@link #withCapacities(List)}) make the equilibrium a mixed complementarity
 * problem: for each cap c, 0 &lt;= tau_c perp L_c - F_c &gt;= 0, where the rent tau_c multiplies
 * the power of every covered route by (1 + tau_c). It is solved by an active-set outer loop around
 * the same Newton method: first without caps; every violated cap is added to the working set with
 * unknown z_c = ln(1 + tau_c) and equation F_c = L_c; a cap whose rent comes out negative is
 * dropped; repeat until no cap is violated and no rent is negative. This was chosen over a
 * Fischer-Burmeister smoothing because (a) when no cap binds the first pass is exactly the
 * unconstrained solve, bit for bit, (b) the binding case keeps Newton's quadratic convergence and
 * the analytic Jacobian, and (c) with one or two caps per scenario the loop ends in one or two
 * passes. Complementarity is exact at the solution: non-binding caps have tau = 0, binding caps
 * have F_c = L_c to the solver tolerance.
 */
public final class GsimLevels implements GsimModel {
  private static final String METHOD = "levels (Newton)";
  private static final String METHOD_CAPPED = "levels (Newton, active-set capacities)";

  private final double tolerance;
  private final int maxIterations;
  private final List<Capacity> capacities;

  private GsimLevels(double tolerance, int maxIterations, List<Capacity> capacities) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.capacities = List.copyOf(capacities);
  }

  /** The solver with tolerance 1e-12 (max relative excess supply) and at most 200 iterations. */
  public static GsimLevels create() {
    return new GsimLevels(1e-12, 200, List.of());
  }

  /** A copy that stops when the max relative excess supply is below {@code tolerance} (&gt; 0). */
  public GsimLevels withTolerance(double tolerance) {
    Checks.positive("tolerance", tolerance);
    return new GsimLevels(tolerance, maxIterations, capacities);
  }

  /** A copy that gives up after {@code maxIterations} (&gt;= 1) Newton steps. */
  public GsimLevels withMaxIterations(int maxIterations) {
    Checks.check(maxIterations >= 1, "maxIterations must be >= 1 but was %d", maxIterations);
    return new GsimLevels(tolerance, maxIterations, capacities);
  }

  /**
   * A copy that enforces these capacity limits (replacing any earlier ones); ids must be unique.
   * An empty list gives the unconstrained model.
   */
  public GsimLevels withCapacities(List<Capacity> capacities) {
    List<Capacity> caps = List.copyOf(capacities);
    Checks.check(caps.stream().map(Capacity::id).distinct().count() == caps.size(),
        "capacity ids must be unique: %s", caps.stream().map(Capacity::id).toList());
    return new GsimLevels(tolerance, maxIterations, caps);
  }

  /** The convergence tolerance on the max relative excess supply. */
  public double tolerance() {
    return tolerance;
  }

  /** The maximum number of Newton steps. */
  public int maxIterations() {
    return maxIterations;
  }

  /** The capacity limits this solver enforces (possibly empty). */
  public List<Capacity> capacities() {
    return capacities;
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
   * units, price changes are fractions (P* - 1, P_v - 1). With capacities, binding rents tau_c
   * enter the covered routes' powers as T1 (1 + tau_c); they are reported in
   * {@link GsimSolution#capacities()} and are not part of dR or welfare (see
   * {@link CapacityStatus}).
   *
   * <p>Edge cases: T1 = +Infinity (embargo) sets the flow to exactly 0 and needs sigma_v &gt; 1
   * for that importer; zero base flows stay 0; exporters with no base exports keep P* = 1; an
   * importer with no base imports reports no change; an importer whose every supplier is
   * embargoed has composite price +Infinity (and dCS = E0/(1+Em) if Em &lt; -1, else -Infinity).
   *
   * @throws IllegalArgumentException when shapes differ, a new power is not &gt; 0, an embargo
   *     meets sigma_v &lt;= 1, or a capacity names a region outside the matrix
   * @throws SolverException when Newton does not converge within {@link #maxIterations()} (counted
   *     over all active-set passes), the Jacobian is singular, the line search cannot reduce the
   *     residual, or the active set does not settle
   */
  @Override
  public GsimSolution solve(TradeMatrix base, Elasticities elasticities, double[][] newPowers) {
    double[][] t1 = GsimInputs.checkedPowers(base, elasticities, newPowers, true);
    capacities.forEach(c -> c.requireFits(base.size()));
    CesMarket market = new CesMarket(base, elasticities, t1);
    ActiveSet set = new ActiveSet(market, capacities, base.size(), tolerance, maxIterations);
    ActiveSet.Outcome out = set.solve();
    CappedNewton.Point p = out.run().point();
    DenseLu finalLu = DenseLu.factor(out.newton().jacobian(p));
    double cond = finalLu == null ? Double.NaN : finalLu.conditionEstimate();
    String method = capacities.isEmpty() ? METHOD : METHOD_CAPPED;
    SolverDiagnostics diag = new SolverDiagnostics(method, out.run().iterations(), p.maxResidual(), cond);
    return LevelsAccounting.solution(base, elasticities, t1, market, p.y(), p.st(), diag,
        out.statuses());
  }
}
