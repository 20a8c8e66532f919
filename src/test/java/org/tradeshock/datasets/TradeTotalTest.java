package org.tradeshock.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TradeTotalTest {
  @Test
  void acceptsAnUnknownValueAsNaN() {
    TradeTotal t = new TradeTotal(2019, "BLR", "Belarus", "export", "K2O", 6_318_818.38, Double.NaN, "",
        "FAOSTAT RFN 2019");
    assertTrue(Double.isNaN(t.valueUsd()));
    assertEquals(6_318_818.38, t.tonnes(), 1e-6);
  }

  @Test
  void rejectsNegativeTonnesNamingCountryYearAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TradeTotal(2019, "BLR",
        "Belarus", "export", "MOP", -1, 0, "", "FAOSTAT RFB 2019"));
    assertEquals("tonnes of BLR 2019 export MOP must be >= 0 or unknown (NaN) but was -1.0", e.getMessage());
  }

  @Test
  void rejectsAnUnknownProduct() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TradeTotal(2019, "BLR",
        "Belarus", "export", "310420", 1, 1, "", "test"));
    assertTrue(e.getMessage().contains("must be MOP or K2O but was '310420'"), e.getMessage());
  }

  @Test
  void rejectsALowerCaseIsoCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TradeTotal(2019, "blr",
        "Belarus", "export", "MOP", 1, 1, "", "test"));
    assertTrue(e.getMessage().contains("'blr'"), e.getMessage());
  }
}
