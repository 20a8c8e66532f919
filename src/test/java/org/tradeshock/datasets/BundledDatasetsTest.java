package org.tradeshock.datasets;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledDatasetsTest {
  private static BundledDatasets data;

  @BeforeAll
  static void load() {
    data = BundledDatasets.load(Path.of("datasets"));
  }

  @Test
  void loadsEveryBundledTableWithItsRowCount() {
    assertAll(
        () -> assertEquals(3339, data.tradeTotals().size()),
        () -> assertEquals(173, data.production().size()),
        () -> assertEquals(834, data.prices().size()),
        () -> assertEquals(14, data.timeline().size()),
        () -> assertEquals(22, data.elasticities().size()),
        () -> assertEquals(10, data.bilateralFacts().size()),
        () -> assertEquals(10, data.claims().size()));
  }

  @Test
  void belarusMopExports2019MatchFaostatRfb() {
    TradeTotal blr = find(2019, "BLR", TradeTotal.EXPORT, TradeTotal.MOP);
    // FACTS.md 2a: Belarus 2019 MOP exports 10,324 kt, $2,767 m
    assertEquals(10_324e3, blr.tonnes(), 1e3);
    assertEquals(2_767e6, blr.valueUsd(), 1e6);
  }

  @Test
  void worldMopExportsSumToFactsTotals() {
    // FACTS.md 2a: world sum over countries 51.69 Mt / $13.03 bn (2018), 49.82 Mt / $13.39 bn (2019)
    assertEquals(51.69e6, sum(2018, "tonnes"), 0.01e6);
    assertEquals(13.03e9, sum(2018, "value"), 0.01e9);
    assertEquals(49.82e6, sum(2019, "tonnes"), 0.01e6);
    assertEquals(13.39e9, sum(2019, "value"), 0.01e9);
  }

  @Test
  void belarusShareOfWorldK2oExportsIsNearFaoWorldShare() {
    double blr = find(2019, "BLR", TradeTotal.EXPORT, TradeTotal.K2O).tonnes();
    double world = data.tradeTotals().stream()
        .filter(t -> t.year() == 2019 && t.flow().equals("export") && t.product().equals("K2O"))
        .mapToDouble(TradeTotal::tonnes).sum();
    // FACTS.md 2b: 17.2 % of FAO's "World" row; the sum over countries is 0.8 % smaller, hence 17.4 %
    assertEquals(17.4, 100 * blr / world, 0.05);
    assertEquals(17.2, 100 * blr / 36_641_109.1, 0.05);
  }

  @Test
  void dropsFaoAggregatesAndKeepsOneRowPerCountryYearFlowProduct() {
    Set<String> codes = data.tradeTotals().stream().map(TradeTotal::iso3).collect(Collectors.toSet());
    assertFalse(codes.contains("WLD"));
    assertFalse(data.tradeTotals().stream().anyMatch(t -> t.country().contains("World")
        || t.country().contains("excluding intra-trade")));
    long distinct = data.tradeTotals().stream()
        .map(t -> t.year() + t.iso3() + t.flow() + t.product()).distinct().count();
    assertEquals(data.tradeTotals().size(), distinct);
  }

  @Test
  void keepsBothUsgsEditionsForBelarus2024() {
    // FACTS.md 1a: Belarus 2024 = 7,000e (MCS 2025) and 5,000 (MCS 2026)
    assertEquals(7000, production("USGS MCS 2025", "BLR", 2024).ktK2o(), 1e-9);
    assertTrue(production("USGS MCS 2025", "BLR", 2024).estimated());
    assertEquals(5000, production("USGS MCS 2026", "BLR", 2024).ktK2o(), 1e-9);
    // FACTS.md 1c: FAO carries Belarus 2020-23 forward (7,562 kt), flagged as estimated here
    assertTrue(production("FAOSTAT RFN", "BLR", 2022).estimated());
    assertEquals(7562, production("FAOSTAT RFN", "BLR", 2022).ktK2o(), 1);
  }

  @Test
  void showsTheKclPriceBasisChangeIn2020() {
    assertEquals("f.o.b. Vancouver", price("2019-12").basis());
    assertEquals("Brazil CFR granular spot", price("2020-01").basis());
    // FACTS.md 3a: 2022M04 1,202.0 USD/mt, annual 2022 863.42
    assertEquals(1202.0, price("2022-04").usdPerT(), 1e-9);
    assertEquals(863.42, price("2022").usdPerT(), 1e-9);
    assertTrue(price("2026").basis().contains("partial"));
  }

  @Test
  void hasOneFlagshipDefaultPerElasticityParameter() {
    List<ElasticityEstimate> defaults = data.elasticities().stream()
        .filter(e -> e.scope().equals(ElasticityEstimate.FLAGSHIP_DEFAULT)).collect(Collectors.toList());
    assertEquals(ElasticityEstimate.PARAMETERS,
        defaults.stream().map(ElasticityEstimate::parameter).collect(Collectors.toSet()));
    assertEquals(3, defaults.size());
  }

  @Test
  void marksPreSanctionBilateralRowsForTheBaseline() {
    BilateralFact derived = data.bilateralFacts().stream()
        .filter(f -> f.preSanction() && f.importerIso3().equals("USA") && f.exporterIso3().equals("BLR"))
        .findFirst().orElseThrow();
    // Argus 2 Dec 2021: one third of non-Canadian US imports; USGS MCS 2025: Canada 0.79
    assertEquals((1 - 0.79) / 3, derived.shareOfImporter(), 1e-9);
    assertTrue(derived.basis().contains("derived"));
  }

  private static double sum(int year, String measure) {
    return data.tradeTotals().stream()
        .filter(t -> t.year() == year && t.flow().equals("export") && t.product().equals("MOP"))
        .mapToDouble(t -> measure.equals("tonnes") ? t.tonnes() : t.valueUsd()).sum();
  }

  private static TradeTotal find(int year, String iso3, String flow, String product) {
    return data.tradeTotals().stream().filter(t -> t.year() == year && t.iso3().equals(iso3)
        && t.flow().equals(flow) && t.product().equals(product)).findFirst().orElseThrow();
  }

  private static Production production(String edition, String iso3, int year) {
    return data.production().stream().filter(p -> p.edition().equals(edition) && p.iso3().equals(iso3)
        && p.year() == year).findFirst().orElseThrow();
  }

  private static PricePoint price(String period) {
    return data.prices().stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow();
  }
}
