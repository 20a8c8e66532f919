package org.tradeshock.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeshock.job.JobSpec;
import org.tradeshock.model.TradeMatrix;

class WedgesTest {
  private static final List<String> R = List.of("BLR", "EU", "USA", "CHN");
  private static final TradeMatrix BASE = TradeMatrix.dutyFree(R, new double[][] {
      {0, 1, 1, 1}, {1, 5, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}});

  private static JobSpec.Measure measure(String id, List<String> importers, String wedge) {
    return new JobSpec.Measure(id, id, "BLR", importers, wedge, "test", List.of(), null);
  }

  @Test
  void embargoSetsAnInfinitePowerOnlyOnItsRoutes() {
    Wedges w = Wedges.of(BASE, List.of(measure("eu", List.of("EU"), "embargo")));
    double[][] t = w.powers(List.of("eu"));
    assertEquals(Double.POSITIVE_INFINITY, t[0][1]);
    assertEquals(1.0, t[0][2], 0);
    assertEquals(1.0, t[1][0], 0);
  }

  @Test
  void exporterWideFrictionSparesOwnTradeAndCompoundsWithOtherWedges() {
    Wedges w = Wedges.of(BASE, List.of(measure("fin", List.of("all"), "0.1"), measure("kl", List.of("all"), "0.25")));
    double[][] t = w.powers(List.of("fin", "kl"));
    assertEquals(1.0, t[0][0], 0);
    // (1 + 0.10) x (1 + 0.25) = 1.375: ad-valorem costs compound multiplicatively
    assertEquals(1.375, t[0][3], 1e-12);
    assertEquals(1.0, t[3][0], 0);
  }

  @Test
  void noMeasuresLeavesTheBasePowers() {
    double[][] t = Wedges.of(BASE, List.of()).powers(List.of());
    for (double[] row : t) {
      for (double x : row) {
        assertEquals(1.0, x, 0);
      }
    }
  }
}
