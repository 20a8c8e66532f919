package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradeshock.datasets.PricePoint;
import org.tradeshock.datasets.TradeTotal;
import org.tradeshock.job.JobLoader;
import org.tradeshock.job.JobSpec;
import org.tradeshock.scenario.Delta;
import org.tradeshock.scenario.Outcome;

class ObservedCheckTest {
  private static final List<String> REGIONS = List.of("A", "B");

  // Data: A exports 100, 100 t before and 40 t after; B 300, 300 and 330.
  private static final List<TradeTotal> TOTALS = List.of(
      export(2019, "AAA", 100), export(2020, "AAA", 100), export(2022, "AAA", 40),
      export(2019, "BBB", 300), export(2020, "BBB", 300), export(2022, "BBB", 330));

  // Prices: 200 (fob) and 300 (CFR) before, 500 after.
  private static final List<PricePoint> PRICES = List.of(
      new PricePoint("2019", PricePoint.Frequency.ANNUAL, 200, "f.o.b. Vancouver", "test"),
      new PricePoint("2020", PricePoint.Frequency.ANNUAL, 300, "Brazil CFR", "test"),
      new PricePoint("2022", PricePoint.Frequency.ANNUAL, 500, "Brazil CFR", "test"),
      new PricePoint("2022-04", PricePoint.Frequency.MONTHLY, 9999, "Brazil CFR", "test"));

  private static TradeTotal export(int year, String iso3, double tonnes) {
    return new TradeTotal(year, iso3, iso3, TradeTotal.EXPORT, TradeTotal.K2O, tonnes, Double.NaN, "", "test");
  }

  private static Outcome outcome(String id, double[] volume, double[] importPrice) {
    double[] zero = new double[2];
    return new Outcome(id, id, REGIONS, new double[] {1, 1}, volume, volume, importPrice, zero, zero, zero,
        new double[2][2], null, List.of());
  }

  private static ObservedCheck check(Set<String> calibrated) {
    // Model: base volumes A 20, B 80; sanctioned A 8, B 88; B's delivered price +10%.
    Delta d = new Delta(outcome("sanctioned", new double[] {8, 88}, new double[] {1.0, 1.1}),
        outcome("base", new double[] {20, 80}, new double[] {1, 1}), new double[] {0.2, 0.8}, new double[] {0.5, 0.5});
    return ObservedCheck.compute("A", "K2O", List.of(2019, 2020), List.of(2022), TOTALS, Set.of("AAA"), PRICES, d, 0,
        "B", 1, calibrated);
  }

  @Test
  void computesObservedAndModelledChangesSharesAndPrices() {
    ObservedCheck o = check(Set.of());
    assertEquals(40.0 / 100 - 1, o.observedVolumeChange(), 1e-12);
    assertEquals(8.0 / 20 - 1, o.modelVolumeChange(), 1e-12);
    assertEquals(100.0 / 400, o.observedShareBefore(), 1e-12);
    assertEquals(40.0 / 370, o.observedShareAfter(), 1e-12);
    assertEquals(20.0 / 100, o.modelShareBase(), 1e-12);
    assertEquals(8.0 / 96, o.modelShareAfter(), 1e-12);
    assertEquals(330.0 / 300 - 1, o.observedOthersChange(), 1e-12);
    assertEquals(88.0 / 80 - 1, o.modelOthersChange(), 1e-12);
    // Annual means only (the monthly row is ignored): 250 before, 500 after.
    assertEquals(1.0, o.observedPriceChange(), 1e-12);
    assertEquals("f.o.b. Vancouver, Brazil CFR", o.observedPriceBasis());
    assertEquals(0.1, o.modelPriceChange(), 1e-12);
    assertEquals(0.05, o.modelMarketPriceChange(), 1e-12);
  }

  @Test
  void aCalibratedVolumeIsReportedAsMatchedByConstructionAndSharesAsLevels() {
    String calibrated = check(Set.of("export_volume")).sentence();
    assertTrue(calibrated.contains("agree by construction"), calibrated);
    assertTrue(calibrated.contains("share of world exports after the sanctions is 8.3% in the model against 10.8%"),
        calibrated);
    String free = check(Set.of()).sentence();
    assertFalse(free.contains("by construction"), free);
    String shareTarget = check(Set.of("export_volume", "export_share")).sentence();
    assertFalse(shareTarget.contains("Not targeted"), shareTarget);
  }

  @Test
  void theFlagshipCalibratesOnlyBelarussExportVolumeInTheSanctionedState() {
    JobSpec spec = JobLoader.load(Path.of("jobs", "potash-us-relief.yaml")).spec();
    assertEquals(Set.of("export_volume"), JobRunner.calibratedMetrics(spec, "sanctioned", "BLR", "BRA"));
    assertEquals(Set.of(), JobRunner.calibratedMetrics(spec, "sanctioned", "CAN", "BRA"));
    assertEquals(Set.of(), JobRunner.calibratedMetrics(spec, "us-relief", "BLR", "BRA"));
  }
}
