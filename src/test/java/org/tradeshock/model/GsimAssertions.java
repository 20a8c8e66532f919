package org.tradeshock.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared assertions for the GSIM tests. */
final class GsimAssertions {
  private GsimAssertions() {}

  static void assertNoChange(TradeMatrix base, GsimSolution s, double tol) {
    int n = base.size();
    double[] zero = new double[n];
    assertArrayEquals(zero, s.worldPriceChange(), tol, "world price change");
    assertArrayEquals(zero, s.compositePriceChange(), tol, "composite price change");
    assertArrayEquals(zero, s.producerSurplus(), tol, "producer surplus");
    assertArrayEquals(zero, s.consumerSurplus(), tol, "consumer surplus");
    assertArrayEquals(zero, s.tariffRevenue(), tol, "tariff revenue");
    assertArrayEquals(zero, s.welfare(), tol, "welfare");
    for (int i = 0; i < n; i++) {
      assertArrayEquals(base.values()[i], s.newQuantities()[i], tol, "quantities row " + i);
      assertArrayEquals(base.values()[i], s.newValues()[i], tol, "values row " + i);
    }
  }

  static void assertMessageHas(Exception e, String... parts) {
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), () -> "message lacks '" + p + "': " + e.getMessage());
    }
  }

  static void assertRelativelyClose(double[] expected, double[] actual, double relTol, String what) {
    double scale = 0;
    for (double x : expected) {
      scale = Math.max(scale, Math.abs(x));
    }
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], actual[k], relTol * scale, what + "[" + k + "]");
    }
  }
}
