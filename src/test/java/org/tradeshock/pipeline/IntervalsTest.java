package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntervalsTest {
  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] sorted = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    // type-7 quantiles of 0..10: P5 = 0.5, P50 = 5, P95 = 9.5 (hand-computed: h = 10 p)
    assertEquals(0.5, Intervals.q(sorted, 0.05), 1e-12);
    assertEquals(5.0, Intervals.q(sorted, 0.50), 1e-12);
    assertEquals(9.5, Intervals.q(sorted, 0.95), 1e-12);
    assertEquals(Double.NaN, Intervals.q(new double[0], 0.5));
  }
}
