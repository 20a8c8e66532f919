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
  void rejectsAWrongHeader(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("x.csv");
    Files.writeString(f, "a,b\n1,2\n");
    BadInputException e = assertThrows(BadInputException.class, () -> UsgsLoader.worldProduction(f));
    assertTrue(e.getMessage().contains("x.csv: line 1") && e.getMessage().contains("mine_production"), e.getMessage());
  }
}
