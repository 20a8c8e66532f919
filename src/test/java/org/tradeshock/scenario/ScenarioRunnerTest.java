package org.tradeshock.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeshock.job.JobSpec;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.TradeMatrix;

class ScenarioRunnerTest {
  private static final List<String> R = List.of("CAN", "BLR", "EU", "BRA");
  private static final TradeMatrix BASE = TradeMatrix.dutyFree(R, new double[][] {
      {0, 0, 20, 60}, {0, 0, 15, 25}, {5, 0, 10, 10}, {0, 0, 1, 0}});
  private static final Elasticities EL = Elasticities.uniform(4, -0.5, 6, 1.5);
  private static final List<JobSpec.Measure> MEASURES = List.of(
      new JobSpec.Measure("ban", "EU ban", "BLR", List.of("EU"), "embargo", "", List.of(), null),
      new JobSpec.Measure("route", "route", "BLR", List.of("all"), "0.2", "", List.of(), null));

  private static ScenarioSet run(List<JobSpec.Scenario> scenarios) {
    return ScenarioRunner.with(GsimLevels.create()).run(BASE, EL, MEASURES, scenarios);
  }

  @Test
  void aScenarioWithoutMeasuresReproducesTheBase() {
    ScenarioSet s = run(List.of(new JobSpec.Scenario("none", "none", List.of(), null, "")));
    Delta d = s.deltas().get("none");
    for (int i = 0; i < R.size(); i++) {
      assertEquals(0, d.volume(i), 1e-10);
      assertEquals(0, d.worldPrice(i), 1e-10);
      assertEquals(0, d.welfare(i), 1e-8);
    }
    assertEquals(0, d.marketPrice(), 1e-12);
  }

  @Test
  void sanctionsCutTheTargetExportsAndRaiseTheMarketPrice() {
    ScenarioSet s = run(List.of(new JobSpec.Scenario("sanctioned", "s", List.of("ban", "route"), null, "")));
    Delta d = s.deltas().get("sanctioned");
    int blr = 1;
    assertTrue(d.volume(blr) < -0.1, "Belarus volume change " + d.volume(blr));
    assertTrue(d.revenue(blr) < d.volume(blr), "revenue falls more than volume: the fob price falls too");
    assertTrue(d.marketPrice() > 0, "buyers pay more: " + d.marketPrice());
    assertTrue(d.volume(0) > 0, "Canada gains volume: " + d.volume(0));
    assertEquals(0, s.outcomes().get("sanctioned").values()[1][2], 0, "embargoed flow is exactly 0");
  }

  @Test
  void comparisonWithAnotherScenarioIsTheRatioOfTheTwoStates() {
    ScenarioSet s = run(List.of(
        new JobSpec.Scenario("sanctioned", "s", List.of("ban", "route"), null, ""),
        new JobSpec.Scenario("relief", "r", List.of("ban"), "sanctioned", "")));
    Delta relief = s.deltas().get("relief");
    Delta fromBaseS = s.fromBase("sanctioned");
    Delta fromBaseR = s.fromBase("relief");
    int blr = 1;
    assertEquals((1 + fromBaseR.volume(blr)) / (1 + fromBaseS.volume(blr)) - 1, relief.volume(blr), 1e-12);
    assertEquals(fromBaseR.welfare(blr) - fromBaseS.welfare(blr), relief.welfare(blr), 1e-9);
    assertEquals("sanctioned", relief.reference().id());
  }
}
