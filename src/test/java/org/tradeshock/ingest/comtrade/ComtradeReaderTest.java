package org.tradeshock.ingest.comtrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.TestData;
import org.tradeshock.ingest.baci.BaciCodes;
import org.tradeshock.ingest.mirror.ReportedFlow;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.RawFiles;
import org.tradeshock.ingest.quality.ReadCounts;
import org.tradeshock.ingest.quality.Selection;

class ComtradeReaderTest {
  private static final Path DIR = TestData.fixture("comtrade");

  private static List<ReportedFlow> read(Path file, BaciCodes codes, Quarantine q, long[] counts) {
    List<ReportedFlow> out = new ArrayList<>();
    ReadCounts c = new ComtradeReader(codes).read(new RawFiles.Entry(file, null), Selection.all(), q,
        Progress.silent(), (y, r, p, x, k, v, t) -> out.add(new ReportedFlow(y, r, p, x, k, v, t, "t")));
    counts[0] = c.rowsRead();
    counts[1] = c.rowsQuarantined();
    return out;
  }

  private static BaciCodes fixtureCodes() {
    return BaciCodes.find(DIR).orElseThrow();
  }

  @Test
  void readsComtradePlusTotalsAndSkipsBreakdownsAndWorld() {
    long[] n = new long[2];
    List<ReportedFlow> rows = read(DIR.resolve("comtradeplus_potash_2022.csv"), fixtureCodes(),
        Quarantine.to(null), n);
    assertEquals(9, n[0]);
    assertEquals(7, rows.size(), "partner2 breakdown and partner World skipped");
    ReportedFlow first = rows.get(0);
    assertEquals("CAN", first.reporter());
    assertTrue(first.export());
    assertEquals(1_000_000.0, first.valueUsd(), 1e-6);
    assertEquals(4000.0, first.tonnes(), 1e-9); // netWgt 4,000,000 kg
    assertTrue(Double.isNaN(rows.get(6).tonnes()), "blank netWgt is unknown");
  }

  @Test
  void readsLegacyLayoutWithExportsAndImportsOnly() {
    long[] n = new long[2];
    List<ReportedFlow> rows = read(DIR.resolve("comtrade_legacy_potash_2019.csv"), fixtureCodes(),
        Quarantine.to(null), n);
    assertEquals(2, rows.size(), "World partner and re-export skipped");
    assertTrue(rows.get(0).export());
    assertEquals("USA", rows.get(1).reporter());
    assertEquals(1_300_000.0, rows.get(1).valueUsd(), 1e-6);
    assertEquals(5100.0, rows.get(1).tonnes(), 1e-9);
  }

  @Test
  void readsTheRealComtradePlusSample() {
    BaciCodes real = BaciCodes.read(TestData.shared("baci/country_codes_V202201.csv"), null);
    long[] n = new long[2];
    List<ReportedFlow> rows = read(TestData.shared("comtrade/SAMPLE_comtradeplus_api_csv_first50rows.csv"),
        real, Quarantine.to(null), n);
    // 50 rows: China's HS 8542 imports from the USA; 6 are totals (partner2Code 0), the rest by 2nd partner
    assertEquals(50, n[0]);
    assertEquals(6, rows.size());
    assertEquals("CHN", rows.get(0).reporter());
    assertEquals("USA", rows.get(0).partner());
    assertEquals(7_903_767_147.0, rows.get(0).valueUsd(), 1e-3); // refYear 2010 primaryValue
    assertEquals(853.234, rows.get(0).tonnes(), 1e-9);
    assertTrue(Double.isNaN(rows.get(4).tonnes()), "2014 has no netWgt");
  }

  @Test
  void readsTheRealLegacySampleWhoseRowsAreAllWorldTotals() {
    BaciCodes real = BaciCodes.read(TestData.shared("baci/country_codes_V202201.csv"), null);
    long[] n = new long[2];
    List<ReportedFlow> rows = read(TestData.shared("comtrade/SAMPLE_comtrade_legacy_csv_first50rows.csv"),
        real, Quarantine.to(null), n);
    assertEquals(50, n[0]);
    assertEquals(0, n[1]);
    assertEquals(0, rows.size());
  }

  @Test
  void quarantinesBadComtradeRowsWithReasons(@TempDir Path tmp) throws Exception {
    List<String> lines = Files.readAllLines(DIR.resolve("comtradeplus_potash_2022.csv"));
    Path f = tmp.resolve("bad.csv");
    Files.write(f, List.of(lines.get(0), lines.get(1), lines.get(1), // duplicate
        lines.get(1).replace(",1000000,0,True", ",-5,0,True"), // negative value
        lines.get(1).replace(",124,,,X,", ",999,,,X,"), // unknown reporter
        lines.get(1).replace(",310420,", ",31042A,"), // not an HS code
        lines.get(1).replace(",1000000,0,True", ",abc,0,True"), // not a number
        "C,A,2022")); // wrong column count
    long[] n = new long[2];
    try (Quarantine q = Quarantine.to(tmp.resolve("q.tsv"))) {
      assertEquals(1, read(f, fixtureCodes(), q, n).size());
      assertEquals(java.util.Map.of(Quarantine.Reason.DUPLICATE_KEY, 1L, Quarantine.Reason.NEGATIVE_VALUE, 1L,
          Quarantine.Reason.UNKNOWN_COUNTRY, 1L, Quarantine.Reason.UNKNOWN_PRODUCT, 1L,
          Quarantine.Reason.NOT_A_NUMBER, 1L, Quarantine.Reason.WRONG_COLUMN_COUNT, 1L), q.counts());
    }
    assertEquals(6, n[1]);
  }

  @Test
  void rejectsANonComtradeHeader(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("prices.csv");
    Files.writeString(f, "period,price\n2020M01,1\n");
    BadInputException e = assertThrows(BadInputException.class,
        () -> read(f, fixtureCodes(), Quarantine.to(null), new long[2]));
    assertTrue(e.getMessage().contains("prices.csv") && e.getMessage().contains("primaryValue"), e.getMessage());
  }
}
