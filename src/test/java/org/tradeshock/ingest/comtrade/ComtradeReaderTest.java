package org.tradeshock.ingest.comtrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.TestData;
import org.tradeshock.ingest.baci.BaciCodes;
import org.tradeshock.ingest.TradeFlow;
import org.tradeshock.ingest.mirror.MirrorReconciler;
import org.tradeshock.ingest.mirror.MirrorRule;
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

  /** A Comtrade+ row in the column order of the API's CSV download (the header the API client writes). */
  private static String plus(String freq, String period, int reporter, String flow, int partner, String cmd,
      String kg, String cif, String fob, String primary) {
    Map<String, String> v = new LinkedHashMap<>();
    ComtradeApiClient.COLUMNS.forEach(c -> v.put(c, ""));
    v.putAll(Map.of("typeCode", "C", "freqCode", freq, "refYear", period.substring(0, 4), "period", period,
        "reporterCode", String.valueOf(reporter), "flowCode", flow, "partnerCode", String.valueOf(partner),
        "partner2Code", "0", "cmdCode", cmd, "customsCode", "C00"));
    v.putAll(Map.of("motCode", "0", "netWgt", kg, "cifvalue", cif, "fobvalue", fob, "primaryValue", primary));
    return String.join(",", v.values());
  }

  private static Path plusFile(Path dir, List<String> rows) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", ComtradeApiClient.COLUMNS));
    lines.addAll(rows);
    return Files.write(dir.resolve("plus.csv"), lines);
  }

  @Test
  void sumsAMonthlyFileToTheYearInsteadOfQuarantiningElevenMonths(@TempDir Path tmp) throws Exception {
    List<String> rows = new ArrayList<>();
    for (int m = 1; m <= 12; m++) { // Canada's exports to the USA: month m worth 100*m USD, 10*m tonnes
      rows.add(plus("M", String.format(Locale.ROOT, "2022%02d", m), 124, "X", 842, "310420",
          String.valueOf(10_000 * m), "", "", String.valueOf(100 * m)));
    }
    rows.add(plus("M", "202201", 842, "M", 124, "310420", "5000", "", "", "300")); // US imports: Jan, Feb
    rows.add(plus("M", "202202", 842, "M", 124, "310420", "", "", "", "400")); // February without weight
    rows.add(plus("M", "202203", 124, "X", 842, "310420", "1", "", "", "1")); // March again: a duplicate
    rows.add(plus("A", "2022", 124, "X", 842, "310420", "1", "", "", "1")); // an annual row besides months
    rows.add(plus("M", "202213", 124, "X", 156, "310420", "1", "", "", "1")); // no month 13
    long[] n = new long[2];
    try (Quarantine q = Quarantine.to(null)) {
      List<ReportedFlow> flows = read(plusFile(tmp, rows), fixtureCodes(), q, n);
      assertEquals(2, flows.size(), flows::toString);
      ReportedFlow can = flows.get(0);
      assertEquals("CAN", can.reporter());
      assertEquals(2022, can.year());
      assertEquals(7800.0, can.valueUsd(), 1e-9); // 100 * (1 + 2 + ... + 12)
      assertEquals(780.0, can.tonnes(), 1e-9); // 10 * 78 tonnes
      ReportedFlow usa = flows.get(1);
      assertEquals(700.0, usa.valueUsd(), 1e-9);
      assertTrue(Double.isNaN(usa.tonnes()), "a month without weight leaves the year's weight unknown");
      assertEquals(Map.of(Quarantine.Reason.DUPLICATE_KEY, 2L, Quarantine.Reason.NOT_A_NUMBER, 1L), q.counts());
    }
    assertEquals(17, n[0]);
  }

  @Test
  void sumsMonthlyRowsOfTheLegacyLayoutByTheirPeriod(@TempDir Path tmp) throws Exception {
    List<String> lines = Files.readAllLines(DIR.resolve("comtrade_legacy_potash_2019.csv"));
    String canUsa = lines.get(1); // H5,2019,2019,2019,... Canada's exports to the USA: 1,200,000 USD
    Path f = Files.write(tmp.resolve("legacy_monthly.csv"), List.of(lines.get(0),
        canUsa.replace("H5,2019,2019,2019,", "H5,2019,201901,January 2019,"),
        canUsa.replace("H5,2019,2019,2019,", "H5,2019,201902,February 2019,").replace(",1200000,", ",800000,")));
    long[] n = new long[2];
    List<ReportedFlow> flows = read(f, fixtureCodes(), Quarantine.to(null), n);
    assertEquals(1, flows.size());
    assertEquals(2_000_000.0, flows.get(0).valueUsd(), 1e-6); // 1,200,000 + 800,000
    assertEquals(10_000.0, flows.get(0).tonnes(), 1e-9); // 5,000,000 kg in each month
    assertEquals(0, n[1]);
  }

  @Test
  void keepsOnlyTheMostDetailedHsLevelOfEachReport(@TempDir Path tmp) throws Exception {
    Path f = plusFile(tmp, List.of(
        plus("A", "2022", 124, "X", 842, "31", "", "", "", "900"),
        plus("A", "2022", 124, "X", 842, "3104", "", "", "", "500"),
        plus("A", "2022", 124, "X", 842, "310420", "", "", "", "400"),
        plus("A", "2022", 124, "X", 842, "310430", "", "", "", "50"),
        plus("A", "2022", 124, "X", 156, "3104", "", "", "", "70"), // no detail for China: kept
        plus("A", "2022", 842, "M", 124, "3104", "", "", "", "530"))); // the other side's report: kept
    List<ReportedFlow> flows = new ArrayList<>();
    new ComtradeReader(fixtureCodes()).read(new RawFiles.Entry(f, null),
        new Selection(java.util.Set.of(), List.of("3104"), java.util.Set.of()), Quarantine.to(null),
        Progress.silent(), (y, r, p, x, k, v, t) -> flows.add(new ReportedFlow(y, r, p, x, k, v, t, "t")));
    Map<String, Double> byKey = new LinkedHashMap<>();
    flows.forEach(r -> byKey.put(r.reporter() + ">" + r.partner() + " " + r.product(), r.valueUsd()));
    assertEquals(Map.of("CAN>USA 310420", 400.0, "CAN>USA 310430", 50.0, "CAN>CHN 3104", 70.0,
        "USA>CAN 3104", 530.0), byKey);
    double canUsa = flows.stream().filter(r -> r.partner().equals("USA")).mapToDouble(ReportedFlow::valueUsd).sum();
    assertEquals(450.0, canUsa, 1e-9, "the prefix 3104 is not counted twice");
  }

  @Test
  void importsReportedFobAreNotLoweredAgainByMirrorReconciliation(@TempDir Path tmp) throws Exception {
    Path f = plusFile(tmp, List.of(
        plus("A", "2022", 643, "X", 699, "310420", "", "", "980", "980"), // Russia: exports f.o.b.
        plus("A", "2022", 699, "M", 643, "310420", "", "1060", "1000", "1060"), // India: both bases given
        plus("A", "2022", 842, "M", 112, "310420", "", "", "1000", "1000"), // USA: imports valued f.o.b.
        plus("A", "2022", 156, "M", 112, "310420", "", "", "", "1060"))); // China: primaryValue only
    List<ReportedFlow> reports = read(f, fixtureCodes(), Quarantine.to(null), new long[2]);
    assertEquals(980.0, reports.get(0).valueUsd(), 1e-9);
    assertEquals(1060.0, reports.get(1).valueUsd(), 1e-9, "an import takes its c.i.f. value");
    assertEquals(1060.0, reports.get(2).valueUsd(), 1e-9, "1000 f.o.b. on the c.i.f. basis of the default 6%");
    assertEquals(1060.0, reports.get(3).valueUsd(), 1e-9);
    // Russia and Belarus are non-reporters from 2022 in the default rule: every flow here is a mirror
    Map<String, Double> mirrored = new LinkedHashMap<>();
    for (TradeFlow t : MirrorReconciler.reconcile(reports, MirrorRule.defaults()).flows()) {
      assertEquals(TradeFlow.Basis.MIRROR, t.basis());
      mirrored.put(t.exporter() + ">" + t.importer(), t.valueUsd());
    }
    assertEquals(1000.0, mirrored.get("RUS>IND"), 1e-9, "India's c.i.f. 1060 / 1.06");
    assertEquals(1000.0, mirrored.get("BLR>USA"), 1e-9, "the US f.o.b. figure, not 1000 / 1.06");
    assertEquals(1000.0, mirrored.get("BLR>CHN"), 1e-9);
  }

  @Test
  void parsesEveryRowOfTheRealLegacySample() throws Exception {
    // SAMPLE_comtrade_legacy_csv_first50rows.csv (shared/potash/data/comtrade, see PROVENANCE.md):
    // HS 01 in 2016, every row a reporter's total with partner World (code 0), which is why reading it
    // gives no bilateral flow (readsTheRealLegacySampleWhoseRowsAreAllWorldTotals).
    List<String> lines = Files.readAllLines(TestData.shared("comtrade/SAMPLE_comtrade_legacy_csv_first50rows.csv"));
    ComtradeReader.Cols c = ComtradeReader.columns("legacy", lines.get(0));
    assertEquals(ComtradeReader.Layout.LEGACY, c.layout());
    Map<String, ComtradeReader.Row> byLine = new LinkedHashMap<>();
    int skipped = 0;
    for (String line : lines.subList(1, lines.size())) {
      ComtradeReader.Row r = ComtradeReader.parse(c, RawFiles.split(line));
      if (r == null) {
        skipped++;
        continue;
      }
      assertEquals(0, r.partner(), line);
      assertEquals(2016, r.year(), line);
      assertEquals(0, r.month(), line);
      assertEquals("01", r.cmd(), line);
      byLine.put(r.reporter() + (r.export() ? " X" : " M"), r);
    }
    assertEquals(7, skipped, "3 re-exports (flow code 3) and 4 re-imports (4)");
    assertEquals(43, byLine.size(), "22 imports and 21 exports, one per reporter and flow");
    // the file's own figures: line 2 Australia (36) imports, line 42 Germany (276) exports,
    // line 45 "China, Hong Kong SAR" (344, a quoted name with a comma) imports
    assertEquals(91_128_858.0, byLine.get("36 M").valueUsd(), 1e-6);
    assertEquals(1_641_290_747.0, byLine.get("276 X").valueUsd(), 1e-6);
    assertEquals(596_925_427.0, byLine.get("344 M").valueUsd(), 1e-6);
    assertEquals(ComtradeReader.Valuation.PRIMARY, byLine.get("36 M").valuation());
    assertTrue(Double.isNaN(byLine.get("36 M").kg()), "Netweightkg is blank");
  }
}
