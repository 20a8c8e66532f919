package org.tradeshock.ingest.usgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.TestData;

class UsgsLoaderTest {
  @Test
  void readsThousandsSeparatorsAndEstimateMarks() {
    List<UsgsProduction> rows = UsgsLoader.worldProduction(TestData.fixture("usgs/world_production_fixture.csv"));
    assertEquals(3, rows.size());
    assertEquals(13_000, rows.get(0).quantity(), 1e-9);
    assertTrue(!rows.get(0).estimated());
    assertTrue(rows.get(1).estimated(), "7000e");
    assertTrue(rows.get(2).estimated(), "estimated column");
  }

  @Test
  void readsTheRealMcsWorldProductionTable() {
    List<UsgsProduction> rows = UsgsLoader.worldProduction(
        TestData.shared("usgs/usgs_mcs_potash_world_mine_production_2023-2025.csv"));
    // MCS 2025 potash, world mine production: Belarus 2024e 7,000 kt K2O
    UsgsProduction blr = rows.stream().filter(r -> r.edition().equals("MCS2025")
        && r.country().equals("Belarus") && r.year() == 2024).findFirst().orElseThrow();
    assertEquals(7000, blr.quantity(), 1e-9);
    assertTrue(blr.estimated());
  }

  @Test
  void keepsOtherCountriesAndTheWorldTotalApartFromTheCountries() {
    UsgsLoader.Table t = UsgsLoader.read(
        TestData.shared("usgs/usgs_mcs_potash_world_mine_production_2023-2025.csv"));
    // the file: 12 named countries x 2 years x 2 editions, plus one "Other countries" and one
    // "World total (rounded)" row per edition and year
    assertEquals(48, t.countries().size());
    assertEquals(4, t.otherCountries().size());
    assertEquals(4, t.worldTotals().size());
    assertTrue(t.countries().stream().noneMatch(r -> r.country().startsWith("World")
        || r.country().startsWith("Other")), "no aggregate among the countries");
    assertEquals(t.countries(), UsgsLoader.worldProduction(
        TestData.shared("usgs/usgs_mcs_potash_world_mine_production_2023-2025.csv")));
    // MCS 2025 potash, world mine production: world total (rounded) 2024e 48,000 kt K2O
    assertEquals(48_000, t.worldTotal("MCS2025", 2024).orElseThrow().quantity(), 1e-9);
    // USGS rounds the world total to the nearest 1,000 kt or finer, so countries plus "Other
    // countries" must come within 500 kt of it (e.g. MCS2025 2024: 47,930 + 440 = 48,370 vs 48,000)
    for (UsgsProduction w : t.worldTotals()) {
      double sum = java.util.stream.Stream.concat(t.countries().stream(), t.otherCountries().stream())
          .filter(r -> r.edition().equals(w.edition()) && r.year() == w.year())
          .mapToDouble(UsgsProduction::quantity).sum();
      assertEquals(w.quantity(), sum, 500, w.edition() + " " + w.year());
    }
  }

  @Test
  void rejectsAWrongHeader(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("x.csv");
    Files.writeString(f, "a,b\n1,2\n");
    BadInputException e = assertThrows(BadInputException.class, () -> UsgsLoader.worldProduction(f));
    assertTrue(e.getMessage().contains("x.csv: line 1") && e.getMessage().contains("mine_production"), e.getMessage());
  }
}
