package org.tradeshock.model;

import org.tradeshock.common.Checks;

/**
 * How a solve went: the method, the iterations it took and the final residual (max-norm of the
 * market-clearing excess supply, relative to base exports).
 *
 * @param method "linear (exact)" or "levels (Newton)" or similar
 * @param iterations Newton iterations (0 for a direct linear solve)
 * @param residual final max-norm residual, finite and &gt;= 0
 * @param conditionEstimate rough condition number of the last Jacobian (NaN when not computed)
 */
public record SolverDiagnostics(String method, int iterations, double residual, double conditionEstimate) {
  /** Validates the fields. */
  public SolverDiagnostics {
    Checks.nonBlank("method", method);
    Checks.check(iterations >= 0, "iterations must be >= 0 but was %d", iterations);
    Checks.nonNegative("residual", residual);
  }

  /** Condition estimates above this trigger {@link #illConditioned()}: about 1e-6 relative accuracy left. */
  public static final double CONDITION_WARNING = 1e10;

  /**
   * Whether the last Jacobian was nearly singular (condition estimate above
   * {@link #CONDITION_WARNING}, or not computed because it was singular), so that the solution's
   * digits beyond ~1e-6 deserve doubt; reports should flag such solves.
   */
  public boolean illConditioned() {
    return !(conditionEstimate <= CONDITION_WARNING);
  }
}
