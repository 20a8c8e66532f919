package org.tradeshock.model;

/**
 * The linearised GSIM (Francois and Hall, GSIM v1 / GSIM4x4.xls; Jammes and Olarreaga 2005),
 * solved exactly as an n x n linear system in the world-price changes.
 *
 * <p>Implementation notes: with x_i = P^*(i), the market-clearing conditions
 * sum_v phi(i,v) M^(i,v) = Ex(i) x_i are linear in x, so A x = b is solved by LU with partial
 * pivoting instead of the workbook's damped Newton iteration. Exporters with no base exports get
 * phi = 0, so their row reads -Ex(i) x_i = 0 and their price change is 0; importers with no base
 * imports get theta = 0 and report a composite price change of 0.
 */
public final class GsimLinear implements GsimModel {
  private static final String METHOD = "linear (exact)";

  private final boolean sheetConsumerSurplus;

  private GsimLinear(boolean sheetConsumerSurplus) {
    this.sheetConsumerSurplus = sheetConsumerSurplus;
  }

  /** The linear GSIM with the textbook trapezoid consumer surplus (recommended). */
  public static GsimLinear create() {
    return new GsimLinear(false);
  }

  /**
   * The linear GSIM with the consumer-surplus formula of the GSIM4x4 sheet,
   * dCS(v) = 1/2 P^(v)^2 R0m(v) sign(P^(v)) Em(v) - R0m(v) P^(v), which overstates the loss by
   * Em R0m P^^2 when the composite price rises; use it only to reproduce the workbook.
   */
  public static GsimLinear withSheetConsumerSurplus() {
    return new GsimLinear(true);
  }

  /** Whether consumer surplus uses the sheet formula rather than the trapezoid. */
  public boolean usesSheetConsumerSurplus() {
    return sheetConsumerSurplus;
  }

  @Override
  public String name() {
    return sheetConsumerSurplus ? "GSIM linear (sheet CS)" : "GSIM linear";
  }

  /**
   * Solves the linearised GSIM exactly.
   *
   * <p>Formula (MODELS.md 3.1): theta(i,v) = M0 T0 / sum_k M0 T0 (import shares at internal
   * prices), phi(i,v) = M0 / sum_w M0(i,w) (export shares), own-price demand elasticity
   * N(i,v),(i,v) = theta Em - (1 - theta) Es, cross-price N(i,v),(j,v) = theta(j,v)(Em + Es),
   * M^(i,v) = sum_j N(i,v),(j,v) (T^(j,v) + x_j), and market clearing
   * sum_v phi(i,v) M^(i,v) = Ex(i) x_i. Post-solution: quantities M0 (1 + M^), values at world
   * prices M0 (1 + M^)(1 + x_i), composite price change sum_i theta(i,v) P^(i,v), tariff revenue
   * change sum_i [M1 (T1 - 1) - M0 (T0 - 1)], dPS(i) = R0x x_i (1 + Ex x_i / 2), and dCS by the
   * trapezoid -R0m P^ - Em R0m P^^2 / 2 (or the sheet formula, see
   * {@link #withSheetConsumerSurplus()}). Changes are fractions; money is in base value units.
   *
   * <p>Edge cases: T1 = T0 gives all changes 0. Being linear, the model can produce negative
   * quantities for very large shocks; use {@link GsimLevels} for sanctions-sized shocks.
   *
   * @throws IllegalArgumentException when shapes differ, a new power is not &gt; 0, or a new power
   *     is infinite (an embargo, which only the levels form can represent)
   * @throws SolverException when the linear system is singular
   */
  @Override
  public GsimSolution solve(TradeMatrix base, Elasticities elasticities, double[][] newPowers) {
    double[][] t1 = GsimInputs.checkedPowers(base, elasticities, newPowers, false);
    LinearSystem sys = LinearSystem.build(base, elasticities, t1);
    DenseLu lu = DenseLu.factor(sys.a());
    if (lu == null) {
      throw new SolverException(String.format(java.util.Locale.ROOT,
          "%s: the %d x %d system matrix is singular after 0 iterations (residual NaN)",
          METHOD, base.size(), base.size()));
    }
    double[] x = lu.solve(sys.b());
    SolverDiagnostics diag = new SolverDiagnostics(
        METHOD, 0, DenseLu.residual(sys.a(), x, sys.b()), lu.conditionEstimate());
    return sys.solution(x, t1, sheetConsumerSurplus, diag);
  }
}
