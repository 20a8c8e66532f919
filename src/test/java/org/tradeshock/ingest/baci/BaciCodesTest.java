package org.tradeshock.ingest.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.TestData;
import org.tradeshock.ingest.cache.FlowCache;
import org.tradeshock.ingest.cache.RawFormat;
import org.tradeshock.ingest.quality.IngestSummary;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.Quarantine.Reason;
import org.tradeshock.ingest.quality.RawFiles;
import org.tradeshock.ingest.quality.ReadCounts;
import org.tradeshock.ingest.quality.Selection;

class BaciCodesTest {
  private static final Path V2024 = TestData.fixture("baci-v202401");

  @ParameterizedTest
  @ValueSource(strings = {"baci", "baci-v202401"}) // iso_3digit_alpha layout (to V202301), country_iso3 (V202401+)
  void readsBothCountryTableLayouts(String dir) {
    BaciCodes codes = BaciCodes.find(TestData.fixture(dir)).orElseThrow();
    assertEquals("USA", codes.iso3(842));
    assertEquals("BLR", codes.iso3(112));
    assertEquals("RUS", codes.iso3(643));
    assertEquals(842, codes.code("usa"));
    assertNull(codes.iso3(490), "'Other Asia, nes' has no ISO3 in either layout");
    assertTrue(codes.knownProduct(310420));
  }

  @Test
  void treatsNonIsoAreaCodesAsUnknownCountriesWhoseRowsGoToQuarantine() {
    BaciCodes codes = BaciCodes.find(V2024).orElseThrow();
    assertNull(codes.iso3(697), "R20 is not an ISO3 code");
    assertNull(codes.iso3(899), "N/A");
    assertFalse(codes.knownProduct(999_999), "9999AA is skipped, not parsed");
    List<String> kept = new ArrayList<>();
    ReadCounts c;
    try (Quarantine q = Quarantine.to(null)) {
      c = new BaciReader(codes).read(new RawFiles.Entry(V2024.resolve("BACI_HS17_Y2022_V202401.csv"), null),
          Selection.all(), q, Progress.silent(), (y, r, p, x, k, v, t) -> kept.add(r + ">" + p));
      assertEquals(Map.of(Reason.UNKNOWN_COUNTRY, 2L), q.counts());
    }
    assertEquals(List.of("BLR>CHN", "CAN>USA"), kept);
    assertEquals(4, c.rowsRead());
  }

  @Test
  void readsTheCodeTablesFromInsideTheReleaseZip(@TempDir Path tmp) throws IOException {
    Path raw = Files.createDirectories(tmp.resolve("raw"));
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(raw.resolve("BACI_HS17_V202401.zip")))) {
      for (String n : List.of("country_codes_V202401.csv", "product_codes_HS17_V202401.csv",
          "BACI_HS17_Y2022_V202401.csv")) {
        z.putNextEntry(new ZipEntry(n));
        z.write(Files.readAllBytes(V2024.resolve(n)));
      }
    }
    BaciCodes codes = BaciCodes.find(raw).orElseThrow();
    assertEquals("CHN", codes.iso3(156));
    assertTrue(codes.hasProductTable());
    assertFalse(codes.knownProduct(310430), "the zip's product table was read");
    IngestSummary s = FlowCache.at(tmp.resolve("cache")).ingest(raw, RawFormat.BACI, null);
    assertEquals(4, s.rowsRead());
    assertEquals(2, s.rowsKept());
    assertEquals(Map.of(Reason.UNKNOWN_COUNTRY, 2L), s.quarantinedByReason());
  }

  @Test
  void findsNothingWhenNeitherTheFolderNorAZipHoldsACountryTable(@TempDir Path tmp) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(tmp.resolve("other.zip")))) {
      z.putNextEntry(new ZipEntry("BACI_HS17_Y2022_V202401.csv"));
      z.write("t,i,j,k,v,q\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertTrue(BaciCodes.find(tmp).isEmpty());
  }

  @Test
  void rejectsACountryTableWithNeitherLayoutNamingBothColumns(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("country_codes_bad.csv");
    Files.writeString(f, "country_code,name,iso\n4,Afghanistan,AFG\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BaciCodes.read(f, null));
    assertTrue(e.getMessage().contains("country_codes_bad.csv: line 1")
        && e.getMessage().contains("'country_iso3' or 'iso_3digit_alpha'"), e.getMessage());
  }

  @Test
  void rejectsANonNumericCountryCodeWithItsLine(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("country_codes_bad.csv");
    Files.writeString(f, "country_code,country_name,country_iso2,country_iso3\n4,Afghanistan,AF,AFG\nx8,Albania,AL,ALB\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BaciCodes.read(f, null));
    assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("'x8'"), e.getMessage());
  }
}
