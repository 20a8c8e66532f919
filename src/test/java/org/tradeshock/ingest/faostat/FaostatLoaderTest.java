package org.tradeshock.ingest.faostat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeshock.ingest.TestData;

class FaostatLoaderTest {
  @Test
  void readsTheBulkLayoutSkippingBlankValues() {
    List<FaostatRecord> rows = FaostatLoader.read(TestData.fixture("faostat/rfb_fixture.csv"), r -> true);
    assertEquals(2, rows.size());
    assertEquals("Canada", rows.get(0).area());
    assertEquals(100.5, rows.get(0).value(), 1e-12);
    assertEquals("E", rows.get(1).flag());
  }

  @Test
  void readsTheRealFertilizersByProductAndByNutrientFiles() {
    List<FaostatRecord> mop = FaostatLoader.read(
        TestData.shared("faostat/FAOSTAT_RFB_fertilizers_by_product_2018-2019.csv"),
        r -> r.area().equals("Canada") && r.element().equals("Export Quantity") && r.item().startsWith("Potassium chloride"));
    // FAOSTAT RFB: Canada MOP export quantity 2018 = 21,903,193.26 t, 2019 = 19,526,293.65 t
    assertEquals(2, mop.size());
    assertEquals(21_903_193.26, mop.get(0).value(), 1e-6);
    assertEquals(19_526_293.65, mop.get(1).value(), 1e-6);
    List<FaostatRecord> rfn = FaostatLoader.read(
        TestData.shared("faostat/FAOSTAT_RFN_fertilizers_by_nutrient_2017-2019.csv"), r -> true);
    assertTrue(rfn.size() > 1000);
    List<FaostatRecord> agData = FaostatLoader.read(TestData.shared("faostat/agData_FAO_Fertilizers.csv.gz"),
        r -> r.item().startsWith("Nutrient potash") && r.year() == 2020);
    assertTrue(agData.stream().anyMatch(r -> r.area().equals("Canada") && r.element().equals("Production")),
        "gzip long layout");
  }
}
