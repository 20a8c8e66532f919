package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScenarioTablesTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void dissipatedCostsAreTheUncollectedPartOfEachWedgeTimesTheFlowAtFobPrices() {
    // Route (0,1): power 1.5 of which 1.2 collected (a 20% tariff) and 0.25 dissipated on top (1.2 x 1.25 = 1.5),
    // flow 100 at fob prices: dissipated (1.5 - 1.2) x 100 = 30.
    // Route (1,0): embargo, no flow and no cost. Route (2,0): dissipated 10% on 50: 5.
    // Route (2,1): a wedge but no flow: nothing.
    double[][] values = {{0, 100, 0}, {0, 0, 0}, {50, 0, 0}};
    double[][] t1 = {{1, 1.5, 1}, {INF, 1, 1}, {1.1, 1.3, 1}};
    double[][] collected = {{1, 1.2, 1}, {1, 1, 1}, {1, 1, 1}};
    assertEquals(30 + 5, ScenarioTables.dissipated(values, t1, collected), 1e-12);
  }

  @Test
  void fullyCollectedWedgesDissipateNothing() {
    double[][] values = {{0, 100}, {80, 0}};
    double[][] t = {{1, 1.25}, {1.1, 1}};
    assertEquals(0, ScenarioTables.dissipated(values, t, t), 0);
  }
}
