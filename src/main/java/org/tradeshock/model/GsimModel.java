package org.tradeshock.model;

/**
 * A one-product multi-country partial-equilibrium model (GSIM, Francois and Hall) that maps a base
 * trade matrix, elasticities and new tariff-equivalent powers to a new equilibrium.
 *
 * <p>Implementations: {@code GsimLinear} (the linearised form, solved exactly) and
 * {@code GsimLevels} (the CES levels form, solved by Newton; use it for sanctions-sized shocks).
 */
public interface GsimModel {

  /**
   * Solves for the equilibrium after the tariff powers change from {@code base.powers()} to
   * {@code newPowers}.
   *
   * @param base base-year values and initial powers T0
   * @param elasticities one set per region, in matrix order
   * @param newPowers counterfactual powers T1, n x n, &gt; 0; {@code Double.POSITIVE_INFINITY}
   *     means a prohibitive wedge (embargo), accepted by the levels form only
   * @return the new equilibrium with welfare and diagnostics
   * @throws IllegalArgumentException when shapes or values are invalid
   * @throws SolverException when the solve does not converge
   */
  GsimSolution solve(TradeMatrix base, Elasticities elasticities, double[][] newPowers);

  /** A short name for reports, e.g. "GSIM levels (CES)". */
  String name();
}
