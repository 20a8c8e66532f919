package org.tradeshock.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AxesTest {
  @Test
  void roundUpGoesToTheNextTenthOfANiceNumber() {
    assertEquals(70, Axes.roundUp(61.6), 1e-9);
    assertEquals(2000, Axes.roundUp(1935), 1e-9);
    assertEquals(1800, Axes.roundUp(1701), 1e-9);
    assertEquals(50, Axes.roundUp(50), 1e-9, "already round");
    assertEquals(0.35, Axes.roundUp(0.31), 1e-12);
  }
}
