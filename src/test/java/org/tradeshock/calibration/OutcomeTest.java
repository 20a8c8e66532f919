package org.tradeshock.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.TradeMatrix;

class OutcomeTest {
  private static final TradeMatrix BASE = PotashFixture.base();
  private static final Elasticities EL = PotashFixture.elasticities();

  private static GsimSolution solve(ScenarioSpec s) {
    return s.shock(BASE).solve(GsimLevels.create(), BASE, EL);
  }

  @Test
  void baseSolveHasNoChangesAndTheBaseShares() {
    GsimSolution s = solve(ScenarioSpec.none("base"));
    for (Outcome.Kind k : Outcome.Kind.values()) {
      if (k == Outcome.Kind.EXPORT_SHARE) {
        // the fixture's margins: Belarus 10.3 of 49.0 Mt world exports (project brief, 2019)
        assertEquals(10.3 / 49.0, new Outcome(k, BASE.indexOf("BLR")).of(BASE, s), 1e-9);
      } else {
        assertEquals(0, new Outcome(k, BASE.indexOf("BLR")).of(BASE, s), 1e-12, k.toString());
      }
    }
  }

  @Test
  void sharesAddUpToOneAfterSanctions() {
    GsimSolution s = solve(PotashFixture.sanctioned(BASE, "s", true, true, true, 3.0));
    double sum = 0;
    for (int i = 0; i < BASE.size(); i++) {
      sum += new Outcome(Outcome.Kind.EXPORT_SHARE, i).of(BASE, s);
    }
    assertEquals(1, sum, 1e-12);
    assertTrue(Outcome.of(Outcome.Kind.CAPACITY_RENT, BASE, "BLR").of(BASE, s) > 0);
    assertEquals(0, Outcome.of(Outcome.Kind.CAPACITY_RENT, BASE, "CAN").of(BASE, s), 0);
    assertTrue(Outcome.importPriceIndex().of(BASE, s) > 0, "buyers pay more when Belarus is cut off");
  }

  @Test
  void labelsNameTheRegionAndRegionalKindsNeedOne() {
    assertEquals("export volume change BLR",
        Outcome.of(Outcome.Kind.EXPORT_VOLUME_CHANGE, BASE, "BLR").label(BASE.regions()));
    assertEquals("world price index change", Outcome.worldPriceIndex().label(BASE.regions()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Outcome(Outcome.Kind.WELFARE, -1));
    assertTrue(e.getMessage().contains("WELFARE") && e.getMessage().contains("-1"), e.getMessage());
  }
}
