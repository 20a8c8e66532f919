package org.tradeshock.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaselineEstimatorTest {
  private static final List<String> R = List.of("CAN", "BLR", "EU", "USA");
  // Exports (t) and values (USD): unit values CAN 250, BLR 270, EU 330, USA unknown.
  private static final RegionTotals TOTALS = new RegionTotals(R,
      new double[] {100, 50, 30, 0}, new double[] {25_000, 13_500, 9_900, Double.NaN},
      new double[] {20, 10, 60, 110}, Set.of("EU"));

  @Test
  void reproducesExporterTotalsAndScaledImporterTotals() {
    Baseline b = BaselineEstimator.estimate(TOTALS, List.of());
    double[][] t = b.tonnes();
    double scale = 180.0 / 200.0; // world exports 180 t, world imports 200 t
    for (int i = 0; i < 4; i++) {
      double row = 0;
      double col = 0;
      for (int v = 0; v < 4; v++) {
        row += t[i][v];
        col += t[v][i];
      }
      assertEquals(TOTALS.exportTonnes()[i], row, 1e-6);
      assertEquals(TOTALS.importTonnes()[i] * scale, col, 1e-6);
    }
    assertTrue(b.estimated());
  }

  @Test
  void keepsSingleCountryOwnTradeAtZeroAndMultiCountryOwnTradePositive() {
    double[][] t = BaselineEstimator.estimate(TOTALS, List.of()).tonnes();
    assertEquals(0, t[0][0], 0);
    assertEquals(0, t[1][1], 0);
    assertTrue(t[2][2] > 0, "intra-EU trade kept: " + t[2][2]);
  }

  @Test
  void holdsKnownSharesFixed() {
    Baseline b = BaselineEstimator.estimate(TOTALS, List.of(new FixedShare("USA", "BLR", 0.07, "test")));
    // 7% of USA's scaled imports: 0.07 x 110 x 0.9 = 6.93 t
    assertEquals(6.93, b.tonnes()[1][3], 1e-9);
  }

  @Test
  void valuesTonnesAtExporterUnitValuesAndUsesTheWorldAverageWhenUnknown() {
    Baseline b = BaselineEstimator.estimate(TOTALS, List.of());
    assertEquals(250, b.unitValue()[0], 1e-9);
    assertEquals(270, b.unitValue()[1], 1e-9);
    // world average of known: (25000 + 13500 + 9900) / 180 = 268.888...
    assertEquals(48_400.0 / 180, b.unitValue()[3], 1e-9);
    assertEquals(b.tonnes()[0][3] * 250, b.matrix().value(0, 3), 1e-6);
  }

  @Test
  void rejectsAFixedShareLargerThanTheExportersTotal() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BaselineEstimator.estimate(TOTALS, List.of(new FixedShare("USA", "BLR", 0.9, "test"))));
    assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("exceed"), e.getMessage());
  }
}
