package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tradeshock.report.Table;

class SummarySectionTest {
  @Test
  void aZeroWidthIntervalIsReplacedByItsReasonAndTheValueIsKept() {
    // Every draw re-calibrated to the same target gives P5 = P95 up to the calibration tolerance.
    Table.Cell fixed = SummarySection.cell(-0.595, new Intervals(-0.5950001, -0.595, -0.5949999, 200, 0),
        SummarySection.CALIBRATED);
    assertEquals("-59.5% (calibrated)", fixed.shown());
    assertEquals(-0.595, fixed.value(), 0);
  }

  @Test
  void aRealIntervalIsShownInBrackets() {
    Table.Cell c = SummarySection.cell(0.129, new Intervals(0.075, 0.13, 0.195, 200, 0), SummarySection.CALIBRATED);
    assertEquals("+12.9% [+7.5%, +19.5%]", c.shown());
  }

  @Test
  void aNarrowButNonZeroIntervalIsStillAnInterval() {
    // 0.1 point wide: not a numerical artefact, so it is shown.
    Table.Cell c = SummarySection.cell(-0.009, new Intervals(-0.0095, -0.009, -0.0085, 200, 0), "x");
    assertEquals("-0.9% [-0.9%, -0.8%]", c.shown());
  }
}
