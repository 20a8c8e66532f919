package org.tradeshock.ingest.faostat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.TestData;

class FaostatLoaderTest {
  private static final String POTASH = "Nutrient potash K2O (total)";

  @Test
  void readsTheBulkLayoutSkippingBlankValues() {
    List<FaostatRecord> rows = FaostatLoader.read(TestData.fixture("faostat/rfb_fixture.csv"), r -> true);
    assertEquals(2, rows.size());
    assertEquals("Canada", rows.get(0).area());
    assertEquals(100.5, rows.get(0).value(), 1e-12);
    assertEquals("E", rows.get(1).flag());
  }

  @Test
  void readsFertilizersByNutrientWithQuotedCommasAndBlankValues() {
    List<FaostatRecord> rows = FaostatLoader.read(TestData.fixture("faostat/rfn_fixture.csv"),
        r -> r.item().equals(POTASH));
    // rfn_fixture.csv lines 2 and 3; line 4 (Belarus) has a blank value, line 5 is nitrogen
    assertEquals(2, rows.size());
    assertEquals(new FaostatRecord("Canada", "Production", POTASH, 2019, "tonnes", 1234.5, "A"), rows.get(0));
    assertEquals("China, mainland", rows.get(1).area());
    assertEquals("Import Quantity", rows.get(1).element());
    assertEquals(678.0, rows.get(1).value(), 1e-12);
    assertEquals(3, FaostatLoader.read(TestData.fixture("faostat/rfn_fixture.csv"), r -> true).size());
  }

  @Test
  void readsTheAgDataLongLayoutWithMeasurementAsElement() {
    List<FaostatRecord> rows = FaostatLoader.read(TestData.fixture("faostat/agdata_fixture.csv"), r -> true);
    // agdata_fixture.csv: line 4 has a blank value
    assertEquals(3, rows.size());
    assertEquals(new FaostatRecord("Canada", "Production", POTASH, 2020, "t", 100.25, ""), rows.get(0));
    assertEquals("kg/ha", rows.get(1).unit());
    assertEquals(new FaostatRecord("Belarus", "Export quantity", POTASH, 2021, "t", 77, ""), rows.get(2));
  }

  @Test
  void readsTheDataCsvInsideAFaostatBulkZipAndAGzipFile(@TempDir Path tmp) throws IOException {
    // the bulk zip's data member has its own column order (M49 codes, CPC codes, Note) next to code lists
    String data = "\uFEFF\"Area Code\",\"Area Code (M49)\",\"Area\",\"Item Code\",\"Item Code (CPC)\",\"Item\","
        + "\"Element Code\",\"Element\",\"Year Code\",\"Year\",\"Unit\",\"Value\",\"Flag\",\"Note\"\n"
        + "33,\"'124\",\"Canada\",4016,\"'34613\",\"Potassium chloride (muriate of potash) (MOP)\",5910,"
        + "\"Export Quantity\",2021,2021,\"t\",321.5,\"A\",\"\"\n"
        + "57,\"'112\",\"Belarus\",4016,\"'34613\",\"Potassium chloride (muriate of potash) (MOP)\",5910,"
        + "\"Export Quantity\",2021,2021,\"t\",,\"M\",\"\"\n";
    Path zip = tmp.resolve("Inputs_FertilizersProduct_E_All_Data_(Normalized).zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("Inputs_FertilizersProduct_E_AreaCodes.csv"));
      z.write("Area Code,M49 Code,Area\n33,'124,Canada\n".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("Inputs_FertilizersProduct_E_All_Data_(Normalized).csv"));
      z.write(data.getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("Inputs_FertilizersProduct_E_Flags.csv"));
      z.write("Flag,Flags\nA,Official figure\n".getBytes(StandardCharsets.UTF_8));
    }
    List<FaostatRecord> rows = FaostatLoader.read(zip, r -> true);
    assertEquals(List.of(new FaostatRecord("Canada", "Export Quantity",
        "Potassium chloride (muriate of potash) (MOP)", 2021, "t", 321.5, "A")), rows);

    Path gz = tmp.resolve("rfn_fixture.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(Files.readAllBytes(TestData.fixture("faostat/rfn_fixture.csv")));
    }
    assertEquals(FaostatLoader.read(TestData.fixture("faostat/rfn_fixture.csv"), r -> true),
        FaostatLoader.read(gz, r -> true));
  }

  @Test
  void aZipWithoutOneDataCsvOrABadValueFailsNamingTheMemberAndLine(@TempDir Path tmp) throws IOException {
    Path zip = tmp.resolve("codes_only.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("Inputs_FertilizersProduct_E_AreaCodes.csv"));
      z.write("Area Code,Area\n".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("Inputs_FertilizersProduct_E_Flags.csv"));
      z.write("Flag,Flags\n".getBytes(StandardCharsets.UTF_8));
    }
    BadInputException none = assertThrows(BadInputException.class, () -> FaostatLoader.read(zip, r -> true));
    assertTrue(none.getMessage().contains("codes_only.zip") && none.getMessage().contains("All_Data")
        && none.getMessage().contains("Inputs_FertilizersProduct_E_Flags.csv"), none.getMessage());

    Path bad = tmp.resolve("bad.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bad))) {
      z.putNextEntry(new ZipEntry("Fertilizers_E_All_Data_(Normalized).csv"));
      z.write("Area,Year,Item,Element,Unit,Value\nCanada,2021,MOP,Production,t,12\nCanada,2021,MOP,Production,t,n/a\n"
          .getBytes(StandardCharsets.UTF_8));
    }
    BadInputException e = assertThrows(BadInputException.class, () -> FaostatLoader.read(bad, r -> true));
    assertTrue(e.getMessage().contains("bad.zip!Fertilizers_E_All_Data_(Normalized).csv: line 3")
        && e.getMessage().contains("'n/a'"), e.getMessage());
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
        TestData.shared("faostat/FAOSTAT_RFN_fertilizers_by_nutrient_2017-2019.csv"),
        r -> r.area().equals("Canada") && r.item().equals(POTASH) && r.year() == 2018);
    // FAOSTAT_RFN_fertilizers_by_nutrient_2017-2019.csv, lines 1081, 1084, 1087, 1090 (Canada, K2O, 2018):
    // Production 13989800 (flag *), Import Quantity 54355.73, Export Quantity 13171551.08 (flag Fk),
    // Agricultural Use 427000
    assertEquals(List.of("Production", "Import Quantity", "Export Quantity", "Agricultural Use"),
        rfn.stream().map(FaostatRecord::element).toList());
    assertEquals(13_989_800.0, rfn.get(0).value(), 1e-6);
    assertEquals("*", rfn.get(0).flag());
    assertEquals(13_171_551.08, rfn.get(2).value(), 1e-6);
    assertEquals("Fk", rfn.get(2).flag());
    assertEquals("tonnes", rfn.get(2).unit());

    List<FaostatRecord> agData = FaostatLoader.read(TestData.shared("faostat/agData_FAO_Fertilizers.csv.gz"),
        r -> r.area().equals("Canada") && r.item().equals(POTASH) && r.year() == 2020);
    // agData_FAO_Fertilizers.csv.gz, decompressed lines 195649-195655 (Canada, K2O, 2020): Production
    // 13551900 t, Export quantity 12781761.64 t, Use per area of cropland 17.59 kg/ha
    assertEquals(7, agData.size());
    assertEquals(new FaostatRecord("Canada", "Production", POTASH, 2020, "t", 13_551_900, ""), agData.get(0));
    assertEquals("Export quantity", agData.get(2).element());
    assertEquals(12_781_761.64, agData.get(2).value(), 1e-6);
    assertEquals("kg/ha", agData.get(4).unit());
    assertEquals(17.59, agData.get(4).value(), 1e-9);
  }
}
