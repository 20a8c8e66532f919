package org.tradeshock.ingest.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.ingest.baci.BaciCodes;
import org.tradeshock.ingest.baci.BaciReader;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.RawFiles;
import org.tradeshock.ingest.quality.ReadCounts;
import org.tradeshock.ingest.quality.Selection;

/** Properties of the synthetic BACI release at a modest size. */
class BaciGeneratorTest {
  private static final long ROWS = 150_000;
  private static final long SEED = 7;
  private static final List<String> FILES = List.of("BACI_HS17_Y2021_V000000.csv", "country_codes_V000000.csv",
      "product_codes_V000000.csv");

  @TempDir
  static Path tmp;
  private static BaciGenerator.Written first;

  @BeforeAll
  static void generate() {
    first = BaciGenerator.write(tmp.resolve("a"), ROWS, 2021, SEED);
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws IOException {
    BaciGenerator.write(tmp.resolve("b"), ROWS, 2021, SEED);
    for (String f : FILES) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
    }
    BaciGenerator.write(tmp.resolve("c"), ROWS, 2021, SEED + 1);
    assertFalse(Arrays.equals(Files.readAllBytes(first.dataFile()),
        Files.readAllBytes(tmp.resolve("c").resolve(FILES.get(0)))));
  }

  @Test
  void writesTheRequestedRowsOverAbout230CountriesAnd5000Products() throws IOException {
    assertEquals(ROWS, first.rows());
    // header lines excluded
    assertEquals(BaciGenerator.COUNTRIES, Files.readAllLines(tmp.resolve("a/country_codes_V000000.csv")).size() - 1);
    assertEquals(BaciGenerator.PRODUCTS, Files.readAllLines(tmp.resolve("a/product_codes_V000000.csv")).size() - 1);
    Set<String> exporters = new HashSet<>();
    Set<String> products = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(first.dataFile())) {
      r.readLine();
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        String[] f = s.split(",");
        exporters.add(f[1]);
        products.add(f[3]);
      }
    }
    assertEquals(BaciGenerator.COUNTRIES, exporters.size(), "every country exports something");
    assertTrue(products.size() > 0.9 * BaciGenerator.PRODUCTS, "products used: " + products.size());
  }

  @Test
  void zeroValuesAndMissingQuantitiesComeAtTheDocumentedRates() throws IOException {
    long zeros = 0;
    long missing = 0;
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(first.dataFile())) {
      r.readLine();
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        String[] f = s.split(",");
        zeros += f[4].equals("0.000") ? 1 : 0;
        missing += f[5].trim().equals("NA") ? 1 : 0;
        n++;
      }
    }
    // BaciGenerator's Javadoc: about 1% zero values and 8% missing quantities. Binomial standard errors
    // at 150,000 rows are 0.03 and 0.07 percentage points; the tolerances allow for that many times
    // over and for the few log-normal values below 0.0005 that print as 0.000
    assertEquals(0.01, (double) zeros / n, 0.002);
    assertEquals(0.08, (double) missing / n, 0.005);
  }

  @Test
  void everyKeyIsUniqueAndEveryRowPassesTheReaderWithTheGeneratedTables() {
    Set<Long> keys = new HashSet<>();
    BaciCodes codes = BaciCodes.find(tmp.resolve("a")).orElseThrow();
    ReadCounts c;
    try (Quarantine q = Quarantine.to(null)) {
      c = new BaciReader(codes).read(new RawFiles.Entry(first.dataFile(), null), Selection.all(), q,
          Progress.silent(), (y, i, j, x, k, v, t) -> assertTrue(keys.add(
              ((long) codes.code(i) << 40) | ((long) codes.code(j) << 24) | Long.parseLong(k)), i + j + k));
    }
    assertEquals(ROWS, c.rowsRead());
    assertEquals(0, c.rowsQuarantined(), "no unknown code, bad number or duplicate (i, j, k)");
    assertEquals(ROWS, keys.size());
  }
}
