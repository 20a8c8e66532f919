package org.tradeshock.calibration;

import java.util.List;
import org.tradeshock.model.Capacity;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.TradeMatrix;

/**
 * The inputs of one levels solve besides base and elasticities: new powers T1 and capacity limits.
 *
 * @param newPowers T1, n x n (+Infinity = embargo); not copied here, the solver copies it
 * @param capacities capacity limits in force
 */
public record Shock(double[][] newPowers, List<Capacity> capacities) {
  /** Copies the capacity list. */
  public Shock {
    java.util.Objects.requireNonNull(newPowers, "newPowers");
    capacities = List.copyOf(capacities);
  }

  /** Solves this shock with {@code solver} (its own capacities are replaced by this shock's). */
  public GsimSolution solve(GsimLevels solver, TradeMatrix base, Elasticities elasticities) {
    return solver.withCapacities(capacities).solve(base, elasticities, newPowers);
  }
}
