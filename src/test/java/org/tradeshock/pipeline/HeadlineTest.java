package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeshock.model.TradeMatrix;

class HeadlineTest {
  @Test
  void theBaseDeliveredPriceIsTheImportWeightedMeanOfImportersUnitValues() {
    // Two exporters (A at 200 USD/t, B at 300 USD/t) selling to C and D.
    // C buys 10 t from A and 10 t from B: 5,000 USD for 20 t, 250 USD/t.
    // D buys 30 t from B: 9,000 USD for 30 t, 300 USD/t.
    List<String> r = List.of("A", "B", "C", "D");
    double[][] tonnes = {{0, 0, 10, 0}, {0, 0, 10, 30}, {0, 0, 0, 0}, {0, 0, 0, 0}};
    double[][] values = {{0, 0, 2_000, 0}, {0, 0, 3_000, 9_000}, {0, 0, 0, 0}, {0, 0, 0, 0}};
    TradeMatrix m = TradeMatrix.dutyFree(r, values);
    // Weights are import values: (5,000 x 250 + 9,000 x 300) / 14,000.
    assertEquals((5_000 * 250.0 + 9_000 * 300.0) / 14_000, Headline.deliveredPrice(m, tonnes), 1e-9);
  }

  @Test
  void unknownTonnesGiveNoUsdPrice() {
    List<String> r = List.of("A", "B");
    double[][] nan = {{Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}};
    TradeMatrix m = TradeMatrix.dutyFree(r, new double[][] {{0, 100}, {50, 0}});
    assertTrue(Double.isNaN(Headline.deliveredPrice(m, nan)));
  }
}
