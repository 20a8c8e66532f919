package org.tradeshock.scenario;

import java.util.Map;
import org.tradeshock.model.TradeMatrix;

/**
 * All solved scenarios of one job run.
 *
 * @param base the base matrix
 * @param baseOutcome the base-year equilibrium
 * @param outcomes solved states by scenario id, in job order
 * @param deltas each scenario against its reference, by scenario id
 * @param modelName the model used
 */
public record ScenarioSet(TradeMatrix base, Outcome baseOutcome, Map<String, Outcome> outcomes,
    Map<String, Delta> deltas, String modelName) {

  /** Copies the maps, keeping their order. */
  public ScenarioSet {
    outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
    deltas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(deltas));
  }

  /** The change from the base year to a scenario, whatever its reference. */
  public Delta fromBase(String id) {
    return new Delta(outcomes.get(id), baseOutcome, ScenarioRunner.exportShares(base), ScenarioRunner.importShares(base));
  }
}
