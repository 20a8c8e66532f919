package org.tradeshock.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.ingest.TradeFlow.Basis;
import org.tradeshock.ingest.cache.RawFormat;
import org.tradeshock.ingest.mirror.MirrorRule;

class FlowsQueryTest {
  /** A BACI 2022 folder: the fixture code tables plus Brazil, and exporter rows of Belarus and Russia. */
  private static Path baci2022(Path tmp) throws IOException {
    Path raw = Files.createDirectories(tmp.resolve("raw"));
    Files.writeString(raw.resolve("country_codes_V202401.csv"),
        Files.readString(TestData.fixture("baci/country_codes_fixture.csv")) + "76,Brazil,Brazil,BR,BRA\n");
    Files.copy(TestData.fixture("baci/product_codes_fixture.csv"), raw.resolve("product_codes_V202401.csv"));
    Files.writeString(raw.resolve("BACI_HS17_Y2022_V202401.csv"), """
        t,i,j,k,v,q
        2022,112,156,310420,800,2000
        2022,643,76,310420,1200.5,4000
        2022,124,842,310420,3000,10000
        """);
    return raw;
  }

  @Test
  void baciUsesTheHarmonisedRuleAndComtradeTheNonReporterRule() {
    assertEquals(MirrorRule.harmonised(), FlowsQuery.of(Path.of("raw"), RawFormat.BACI, Set.of(), List.of(),
        Set.of()).mirrorRule());
    assertEquals(MirrorRule.defaults(), FlowsQuery.of(Path.of("raw"), RawFormat.COMTRADE, Set.of(), List.of(),
        Set.of()).mirrorRule());
  }

  @Test
  void baci2022KeepsBelarusAndRussiaExportsIntact(@TempDir Path tmp) throws IOException {
    FlowsQuery q = FlowsQuery.of(baci2022(tmp), RawFormat.BACI, Set.of(2022), List.of("3104"), Set.of())
        .withCacheDir(tmp.resolve("cache"));
    // a selection this small is read in the driver: no Spark session is needed
    FlowStore.Loaded cached = FlowStore.load(() -> {
      throw new AssertionError("Spark not expected");
    }, q, null);
    for (FlowStore.Loaded l : List.of(cached, FlowStore.loadWithoutCache(q))) {
      Map<String, TradeFlow> byPair = l.flows().stream()
          .collect(Collectors.toMap(f -> f.exporter() + ">" + f.importer(), Function.identity()));
      assertEquals(Set.of("BLR>CHN", "RUS>BRA", "CAN>USA"), byPair.keySet());
      // BACI v is thousand USD: 800 -> 800,000 and 1200.5 -> 1,200,500, unchanged by any CIF margin
      assertEquals(800_000, byPair.get("BLR>CHN").valueUsd(), 1e-6);
      assertEquals(2000, byPair.get("BLR>CHN").tonnes(), 1e-9);
      assertEquals(1_200_500, byPair.get("RUS>BRA").valueUsd(), 1e-6);
      assertEquals(4000, byPair.get("RUS>BRA").tonnes(), 1e-9);
      l.flows().forEach(f -> assertEquals(Basis.REPORTED, f.basis(), f.toString()));
      assertEquals(0, l.mirrors().ownReportFallbacks());
      assertTrue(l.baseline().contains("3 flows"), l.baseline());
    }
  }

  @Test
  void aBaciQueryForcedOntoTheNonReporterRuleStillKeepsAndCountsTheFlows(@TempDir Path tmp)
      throws IOException {
    FlowsQuery q = FlowsQuery.of(baci2022(tmp), RawFormat.BACI, Set.of(2022), List.of("3104"), Set.of())
        .withMirrorRule(MirrorRule.defaults());
    FlowStore.Loaded l = FlowStore.loadWithoutCache(q);
    assertEquals(3, l.flows().size());
    assertEquals(1, l.mirrors().of("BLR").orElseThrow().ownReportFallbacks());
    assertEquals(1, l.mirrors().of("RUS").orElseThrow().ownReportFallbacks());
  }
}
