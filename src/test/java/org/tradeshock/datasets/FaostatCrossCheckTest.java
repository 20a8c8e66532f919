package org.tradeshock.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FaostatCrossCheckTest {
  // ../shared beside the project root; -Dtradeshock.shared=DIR points elsewhere (e.g. from a worktree).
  private static final Path RFB = Path.of(System.getProperty("tradeshock.shared", "../shared"))
      .resolve(Path.of("potash", "data", "faostat", "faostat_RFB_potash_products_2018-2019.csv"));

  @Test
  void mopRowsEqualTheOriginalFaostatRfbFile() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(RFB),
        "../shared not found: skipping cross-check against the original FAOSTAT file");
    // Original quantities (t) and values (1000 US$) keyed by FAO area name, year and element.
    Map<String, Double> original = new HashMap<>();
    List<String> lines = Files.readAllLines(RFB, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      original.put(c[3].replace("\"", "") + "|" + c[9] + "|" + c[5], Double.parseDouble(c[11]));
    }
    BundledDatasets data = BundledDatasets.load(Path.of("datasets"));
    int checked = 0;
    for (TradeTotal t : data.tradeTotals()) {
      if (!t.product().equals(TradeTotal.MOP)) {
        continue;
      }
      String area = t.country().equals("Côte d'Ivoire") ? "C?te d'Ivoire" : t.country();
      String flow = t.flow().equals("export") ? "Export" : "Import";
      Double q = original.get(area + "|" + t.year() + "|" + flow + " Quantity");
      Double v = original.get(area + "|" + t.year() + "|" + flow + " Value");
      assertNotNull(q, () -> "no original quantity for " + t);
      assertEquals(q, t.tonnes(), 1e-6, t::toString);
      assertEquals(v * 1000, t.valueUsd(), 1e-3, t::toString);
      checked++;
    }
    // 282 import and 182 export quantity rows in the original, one curated row each
    assertEquals(282 + 182, checked);
  }
}
