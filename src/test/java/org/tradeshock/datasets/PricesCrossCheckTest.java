package org.tradeshock.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeshock.ingest.TestData;
import org.tradeshock.ingest.pinksheet.PinkSheetLoader;
import org.tradeshock.ingest.pinksheet.PriceSeries;

/** The bundled monthly KCl prices against the Pink Sheet workbook they were read from. */
class PricesCrossCheckTest {
  @Test
  void everyBundledMonthEqualsThePinkSheetWorkbook() {
    Path workbook = TestData.shared("pinksheet/CMO-Historical-Data-Monthly_updated-2026-06-02.xlsx");
    PriceSeries kcl = PinkSheetLoader.monthly(workbook, "Potassium chloride");
    List<PricePoint> monthly = BundledDatasets.loadPrices(Path.of("datasets", "prices_kcl.csv")).stream()
        .filter(p -> p.frequency() == PricePoint.Frequency.MONTHLY).toList();
    // 1960-01 to 2026-05 inclusive: 66 years and 5 months.
    assertEquals(66 * 12 + 5, monthly.size());
    for (PricePoint p : monthly) {
      YearMonth ym = YearMonth.parse(p.period());
      double expected = kcl.at(ym.getYear(), ym.getMonthValue()).orElseThrow(() -> new AssertionError("no " + ym));
      assertEquals(expected, p.usdPerT(), 0.005, p.period());
    }
  }
}
