package org.tradeshock.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class TornadoChartTest {
  @Test
  void drawsOneBarPerParameterWidestOnTopAndACentralLineOutOfTheLegend() {
    XYChart c = TornadoChart.build("t", "x (%)", List.of(new TornadoChart.Bar("a (1 to 2)", -10, 5),
        new TornadoChart.Bar("b (3 to 4)", -2, 1)), -3);
    assertEquals(List.of("a (1 to 2)", "b (3 to 4)", "central"), List.copyOf(c.getSeriesMap().keySet()));
    assertEquals(2.0, c.getSeriesMap().get("a (1 to 2)").getYData()[0], 0, "first bar on top");
    assertFalse(c.getSeriesMap().get("central").isShowInLegend());
    assertEquals(900, c.getWidth());
  }

  @Test
  void labelsShowTheParameterRange() {
    assertEquals("substitution (3.79 to 18.58)", TornadoChart.label("substitution", 3.79, 18.58));
    assertEquals("x (-1 to 2)", TornadoChart.label("x", -1, 2));
  }

  @Test
  void rejectsAnEmptyTornado() {
    assertThrows(IllegalArgumentException.class, () -> TornadoChart.build("t", "x", List.of(), 0));
  }
}
