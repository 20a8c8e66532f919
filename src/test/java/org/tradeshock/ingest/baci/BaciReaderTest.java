package org.tradeshock.ingest.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.TestData;
import org.tradeshock.ingest.mirror.ReportedFlow;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.Quarantine.Reason;
import org.tradeshock.ingest.quality.RawFiles;
import org.tradeshock.ingest.quality.ReadCounts;
import org.tradeshock.ingest.quality.Selection;

class BaciReaderTest {
  private static final Path DIR = TestData.fixture("baci");

  private static BaciCodes codes() {
    return BaciCodes.find(DIR).orElseThrow();
  }

  private static List<ReportedFlow> read(Path file, Selection sel, Quarantine q) {
    List<ReportedFlow> out = new ArrayList<>();
    for (RawFiles.Entry e : RawFiles.entries(file, BaciReader::isDataFile)) {
      new BaciReader(codes()).read(e, sel, q, Progress.silent(),
          (y, r, p, x, k, v, t) -> out.add(new ReportedFlow(y, r, p, x, k, v, t, "test")));
    }
    return out;
  }

  @Test
  void readsThousandUsdAsUsdAndMapsBaciCodesToIso3() {
    List<ReportedFlow> rows = read(DIR.resolve("BACI_HS17_Y2021_V202201.csv"), Selection.all(),
        Quarantine.to(null));
    assertEquals(7, rows.size());
    ReportedFlow first = rows.get(0);
    assertEquals("CAN", first.exporter());
    assertEquals("USA", first.importer()); // BACI code 842, not ISO numeric 840
    assertEquals("310420", first.product());
    assertEquals(3_000_500.0, first.valueUsd(), 1e-6); // v = 3000.5 thousand USD
    assertEquals(10_000.0, first.tonnes(), 1e-9);
    assertTrue(Double.isNaN(rows.get(2).tonnes()), "padded NA quantity is unknown");
    assertEquals("010121", rows.get(5).product(), "k written without its leading zero");
    assertTrue(Double.isNaN(rows.get(5).tonnes()), "blank quantity is unknown");
  }

  @Test
  void pushesDownHsPrefixYearAndCountries() {
    Selection sel = new Selection(Set.of(2021), List.of("3104"), Set.of("BLR", "RUS"));
    List<ReportedFlow> rows = read(DIR.resolve("BACI_HS17_Y2021_V202201.csv"), sel, Quarantine.to(null));
    assertEquals(List.of("BLR", "RUS"), rows.stream().map(ReportedFlow::exporter).toList());
    assertEquals(0, read(DIR.resolve("BACI_HS17_Y2021_V202201.csv"),
        new Selection(Set.of(2020), List.of(), Set.of()), Quarantine.to(null)).size());
  }

  @Test
  void quarantinesEachKindOfBadRowWithItsLineNumber(@TempDir Path tmp) throws IOException {
    Path qfile = tmp.resolve("q.tsv");
    ReadCounts c;
    try (Quarantine q = Quarantine.to(qfile)) {
      c = new BaciReader(codes()).read(new RawFiles.Entry(DIR.resolve("BACI_bad_rows.csv"), null),
          Selection.all(), q, Progress.silent(), (y, r, p, x, k, v, t) -> { });
      assertEquals(Map.of(Reason.WRONG_COLUMN_COUNT, 1L, Reason.NOT_A_NUMBER, 1L, Reason.NEGATIVE_VALUE, 1L,
          Reason.UNKNOWN_COUNTRY, 2L, Reason.UNKNOWN_PRODUCT, 1L, Reason.DUPLICATE_KEY, 1L), q.counts());
    }
    assertEquals(8, c.rowsRead());
    assertEquals(1, c.rowsKept());
    assertEquals(7, c.rowsQuarantined());
    List<String> lines = Files.readAllLines(qfile);
    assertEquals("source\tline\treason\tdetail\traw", lines.get(0));
    List<String> source = Files.readAllLines(DIR.resolve("BACI_bad_rows.csv"));
    // BACI_bad_rows.csv: line 2 is good, lines 3-9 are bad in the order of the reasons below
    List<String> expected = List.of("3 WRONG_COLUMN_COUNT", "4 NOT_A_NUMBER", "5 NEGATIVE_VALUE",
        "6 UNKNOWN_COUNTRY", "7 UNKNOWN_PRODUCT", "8 DUPLICATE_KEY", "9 UNKNOWN_COUNTRY");
    List<String> got = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t", -1);
      assertEquals(5, f.length, l);
      assertTrue(f[0].endsWith("BACI_bad_rows.csv"), l);
      int n = Integer.parseInt(f[1]);
      assertEquals(source.get(n - 1), f[4], "the raw field is the source line " + n);
      got.add(n + " " + f[2]);
    }
    assertEquals(expected, got);
    assertTrue(lines.get(7).contains("\tcolumn i: country code 490"), "'Other Asia, nes' has no ISO3: " + lines);
  }

  @Test
  void rejectsAFileWithTheWrongHeaderNamingFileAndHeader(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("BACI_wrong.csv");
    Files.writeString(f, "year,exporter,importer,product,value,quantity\n2021,124,842,310420,1,1\n");
    BadInputException e = assertThrows(BadInputException.class, () -> read(f, Selection.all(),
        Quarantine.to(null)));
    assertTrue(e.getMessage().contains("BACI_wrong.csv") && e.getMessage().contains("line 1")
        && e.getMessage().contains("t,i,j,k,v,q"), e.getMessage());
  }

  @Test
  void readsGzipAndZippedReleasesLikePlainFiles(@TempDir Path tmp) throws IOException {
    byte[] csv = Files.readAllBytes(DIR.resolve("BACI_HS17_Y2021_V202201.csv"));
    Path gz = tmp.resolve("BACI_HS17_Y2021.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(csv);
    }
    Path zip = tmp.resolve("BACI_HS17_V202201.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("country_codes_V202201.csv"));
      z.write(Files.readAllBytes(DIR.resolve("country_codes_fixture.csv")));
      z.putNextEntry(new ZipEntry("BACI_HS17_Y2021_V202201.csv"));
      z.write(csv);
      z.putNextEntry(new ZipEntry("BACI_HS17_Y2020_V202201.csv"));
      z.write(csv);
    }
    assertEquals(7, read(gz, Selection.all(), Quarantine.to(null)).size());
    assertEquals(14, read(zip, Selection.all(), Quarantine.to(null)).size(), "both year members, no code table");
  }

  @Test
  void readsTheRealBaciCodeTables() {
    // ../shared/potash/data/baci: real V202201 tables (BOM, CRLF, quoted names, N/A for 'nes' areas)
    BaciCodes real = BaciCodes.read(TestData.shared("baci/country_codes_V202201.csv"),
        TestData.shared("baci/product_codes_V202201_chapter31_extract.csv"));
    assertEquals("USA", real.iso3(842));
    assertEquals("IND", real.iso3(699));
    assertEquals("BLR", real.iso3(112));
    assertEquals("RUS", real.iso3(643));
    assertEquals(null, real.iso3(490));
    assertTrue(real.knownProduct(310420));
    assertTrue(!real.knownProduct(854231), "only chapter 31 is in the extract");
  }

  @Test
  void reportsProgressThroughoutAMultiMemberZipAndCountsEveryByte(@TempDir Path tmp) throws IOException {
    // three year members of 10,000 rows each: 1024-row blocks plus a remainder per member
    Path zip = tmp.resolve("BACI_HS17_V202201.zip");
    long[] sizes = new long[3];
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int m = 0; m < 3; m++) {
        StringBuilder b = new StringBuilder("t,i,j,k,v,q\n");
        for (int r = 0; r < 10_000; r++) {
          b.append(2019 + m).append(",124,842,").append(310_000 + r).append(',')
              .append(r / 1000 + 1).append(".5,1\n");
        }
        sizes[m] = b.length();
        z.putNextEntry(new ZipEntry("BACI_HS17_Y" + (2019 + m) + "_V202201.csv"));
        z.write(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    java.io.StringWriter out = new java.io.StringWriter();
    long[] clock = {0};
    // every clock reading is one second later; a line at most every 2 s
    Progress p = Progress.to(new java.io.PrintWriter(out), Files.size(zip), 2, () -> clock[0] += 1_000_000_000L);
    BaciCodes any = BaciCodes.read(DIR.resolve("country_codes_fixture.csv"), null);
    long bytes = 0;
    for (RawFiles.Entry e : RawFiles.entries(zip, BaciReader::isDataFile)) {
      ReadCounts c = new BaciReader(any).read(e, Selection.all(), Quarantine.to(null), p, (y, r, x, w, k, v, t) -> { });
      assertEquals(10_000, c.rowsKept());
      bytes += c.bytesRead();
    }
    assertEquals(sizes[0] + sizes[1] + sizes[2], bytes, "ReadCounts.bytesRead is each member's total");
    assertEquals(30_000, p.rows());
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.size() >= 3, "lines during and after the first member: " + lines);
    long lastRows = Long.parseLong(lines.get(lines.size() - 1).trim().split(" ")[0].replace(",", ""));
    assertTrue(lastRows > 20_000, "still reporting in the third member: " + lines);
  }
}
