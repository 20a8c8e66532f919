package org.tradeshock.ingest.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.TestData;
import org.tradeshock.ingest.mirror.ReportedFlow;
import org.tradeshock.ingest.quality.IngestSummary;
import org.tradeshock.ingest.quality.Selection;

class FlowCacheTest {
  static Path rawBaci(Path tmp) throws IOException {
    Path raw = Files.createDirectories(tmp.resolve("raw"));
    for (String f : List.of("country_codes_fixture.csv", "product_codes_fixture.csv",
        "BACI_HS17_Y2021_V202201.csv")) {
      Files.copy(TestData.fixture("baci/" + f), raw.resolve(f));
    }
    return raw;
  }

  @Test
  void writesPartitionsByYearAndChapterAndSkipsFilesAlreadyIngested(@TempDir Path tmp) throws IOException {
    Path raw = rawBaci(tmp);
    FlowCache cache = FlowCache.at(tmp.resolve("cache"));
    IngestSummary first = cache.ingest(raw, RawFormat.BACI, null);
    assertEquals(1, first.filesIngested());
    assertEquals(7, first.rowsKept());
    assertTrue(Files.exists(cache.flowsDir().resolve("year=2021/chapter=31")));
    assertTrue(Files.exists(cache.flowsDir().resolve("year=2021/chapter=01")));
    assertEquals(1, cache.partitions(new Selection(Set.of(2021), List.of("310420"), Set.of())).size());
    IngestSummary again = cache.ingest(raw, RawFormat.BACI, null);
    assertEquals(0, again.filesIngested());
    assertEquals(1, again.filesSkipped());
  }

  @Test
  void resumesAfterAnInterruptedIngestWithoutLosingCompletedFiles(@TempDir Path tmp) throws IOException {
    Path raw = rawBaci(tmp);
    // sorted after the good file, so the first one completes before the failure
    Path broken = raw.resolve("BACI_HS17_Y2022_V202201.csv");
    Files.writeString(broken, "year,i,j,k,v,q\n2022,124,842,310420,1,1\n");
    FlowCache cache = FlowCache.at(tmp.resolve("cache"));
    BadInputException e = assertThrows(BadInputException.class, () -> cache.ingest(raw, RawFormat.BACI, null));
    assertTrue(e.getMessage().contains("BACI_HS17_Y2022_V202201.csv"), e.getMessage());
    assertEquals(List.of("BACI_HS17_Y2021_V202201.csv"), cache.ingestedFiles());
    // leftovers of a run killed mid-way: a staging area and a published part file not in the manifest
    Path orphan = cache.flowsDir().resolve("year=2022/chapter=31/part-00000000deadbeef.parquet");
    Files.createDirectories(orphan.getParent());
    Files.writeString(orphan, "half written");
    Files.createDirectories(tmp.resolve("cache/_staging/00000000deadbeef"));

    Files.writeString(broken, "t,i,j,k,v,q\n2022,124,842,310420,1,1\n");
    IngestSummary resumed = cache.ingest(raw, RawFormat.BACI, null);
    assertEquals(1, resumed.filesSkipped());
    assertEquals(1, resumed.filesIngested());
    assertEquals(1, resumed.rowsKept());
    assertFalse(Files.exists(orphan));
    assertFalse(Files.exists(tmp.resolve("cache/_staging/00000000deadbeef")));
    assertEquals(2, cache.ingestedFiles().size());
  }

  @Test
  void aCorrectedFileUnderTheSameNameReplacesTheOldRows(@TempDir Path tmp) throws IOException {
    Path raw = rawBaci(tmp);
    FlowCache cache = FlowCache.at(tmp.resolve("cache"));
    cache.ingest(raw, RawFormat.BACI, null);
    Files.writeString(raw.resolve("BACI_HS17_Y2021_V202201.csv"), "t,i,j,k,v,q\n2021,124,842,310420,1,1\n");
    IngestSummary s = cache.ingest(raw, RawFormat.BACI, null);
    assertEquals(1, s.filesIngested());
    assertEquals(List.of("BACI_HS17_Y2021_V202201.csv"), cache.ingestedFiles());
    try (var files = Files.walk(cache.flowsDir())) {
      assertEquals(1, files.filter(p -> p.toString().endsWith(".parquet")).count(), "old version's parts removed");
    }
  }

  @Test
  void failsWithOneMessageWhenTheCodeTableIsMissing(@TempDir Path tmp) throws IOException {
    Path raw = rawBaci(tmp);
    Files.delete(raw.resolve("country_codes_fixture.csv"));
    BadInputException e = assertThrows(BadInputException.class,
        () -> FlowCache.at(tmp.resolve("c")).ingest(raw, RawFormat.BACI, null));
    assertTrue(e.getMessage().contains("country_codes"), e.getMessage());
  }

  /** Every row the cache serves, in a stable order, so that two caches can be compared. */
  static List<String> rows(FlowCache cache) {
    return CacheReader.readLocal(cache, Selection.all()).stream().map(ReportedFlow::toString).sorted().toList();
  }

  static List<Path> filesUnder(Path dir, String suffix) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /**
   * A gzipped BACI year with {@code n} made-up rows (one negative value on line 2, quarantined), products
   * 310000.. so they fall in chapters 31 and 32.
   */
  static byte[] gzippedYear(int year, int n) throws IOException {
    StringBuilder b = new StringBuilder("t,i,j,k,v,q\n");
    b.append(year).append(",124,842,399999,-1,1\n");
    for (int r = 0; r < n; r++) {
      b.append(year).append(",124,842,").append(310_000 + r).append(',').append(r % 97).append(".5,")
          .append(r % 13).append('\n');
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(bytes)) {
      o.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** A raw folder without a product table (any 6-digit code is a product) and the 2021 fixture. */
  static Path rawWithoutProductTable(Path tmp) throws IOException {
    Path raw = Files.createDirectories(tmp.resolve("raw"));
    for (String f : List.of("country_codes_fixture.csv", "BACI_HS17_Y2021_V202201.csv")) {
      Files.copy(TestData.fixture("baci/" + f), raw.resolve(f));
    }
    return raw;
  }

  @Test
  void aFileFailingHalfwayLeavesEarlierFilesAndHidesItsRowsAndARerunEqualsACleanIngest(@TempDir Path tmp)
      throws IOException {
    Path raw = rawWithoutProductTable(tmp);
    byte[] full = gzippedYear(2022, 20_000);
    Path gz = raw.resolve("BACI_HS17_Y2022_V202201.csv.gz");
    Files.write(gz, Arrays.copyOf(full, full.length / 2)); // a download cut off halfway
    FlowCache cache = FlowCache.at(tmp.resolve("cache"));

    BadInputException e = assertThrows(BadInputException.class, () -> cache.ingest(raw, RawFormat.BACI, null));
    assertTrue(e.getMessage().contains("BACI_HS17_Y2022_V202201.csv.gz") && e.getMessage().contains("truncated"),
        e.getMessage());
    // the failure came after rows of the cut file had been written (staged) and one had been quarantined
    assertFalse(filesUnder(tmp.resolve("cache/_staging"), ".parquet").isEmpty(), "rows staged before the failure");
    assertEquals(1, filesUnder(cache.quarantineDir(), ".tsv").size());
    assertEquals(List.of("BACI_HS17_Y2021_V202201.csv"), cache.ingestedFiles());
    List<String> served = rows(cache);
    assertEquals(7, served.size(), "the 7 rows of the 2021 fixture and none of the cut 2022 file: " + served);
    assertTrue(served.stream().allMatch(r -> r.contains("year=2021")), served.toString());

    Files.write(gz, full); // the download completed
    IngestSummary resumed = cache.ingest(raw, RawFormat.BACI, null);
    assertEquals(1, resumed.filesSkipped());
    assertEquals(1, resumed.filesIngested());
    assertEquals(20_000, resumed.rowsKept());
    assertEquals(1, resumed.rowsQuarantined());
    FlowCache clean = FlowCache.at(tmp.resolve("clean"));
    clean.ingest(raw, RawFormat.BACI, null);
    assertEquals(20_007, rows(clean).size());
    assertEquals(rows(clean), rows(cache));
    assertFalse(Files.exists(tmp.resolve("cache/_staging")));
    // the failed attempt's quarantine file is gone; the completed file's one is the clean ingest's
    assertEquals(filesUnder(clean.quarantineDir(), ".tsv").stream().map(p -> p.getFileName()).toList(),
        filesUnder(cache.quarantineDir(), ".tsv").stream().map(p -> p.getFileName()).toList());
  }

  /** The manifest without the line of {@code name}: the state of a crash after publishing, before recording. */
  static void forget(FlowCache cache, String name) throws IOException {
    Path m = cache.flowsDir().resolveSibling("manifest.tsv");
    List<String> lines = Files.readAllLines(m);
    List<String> kept = lines.stream().filter(l -> !l.contains("\t" + name + "\t")).toList();
    assertEquals(lines.size() - 1, kept.size(), "one manifest line for " + name);
    Files.write(m, kept);
  }

  @Test
  void aCrashBetweenPublishingPartsAndRecordingThemIsRepairedWithoutDuplicates(@TempDir Path tmp)
      throws IOException {
    Path raw = rawBaci(tmp);
    FlowCache cache = FlowCache.at(tmp.resolve("cache"));
    cache.ingest(raw, RawFormat.BACI, null);
    List<String> clean = rows(cache);
    List<Path> parts = filesUnder(cache.flowsDir(), ".parquet");
    assertEquals(3, parts.size(), "chapters 01, 31 and 85 of the fixture: " + parts);
    forget(cache, "BACI_HS17_Y2021_V202201.csv");
    assertEquals(List.of(), cache.ingestedFiles());

    // same file again: its published parts are not counted twice
    IngestSummary s = cache.ingest(raw, RawFormat.BACI, null);
    assertEquals(1, s.filesIngested());
    assertEquals(clean, rows(cache));
    assertEquals(parts, filesUnder(cache.flowsDir(), ".parquet"));

    // the file was corrected before the re-run: the unrecorded parts of the old version (another file id)
    // must not be served next to the new rows
    forget(cache, "BACI_HS17_Y2021_V202201.csv");
    Files.writeString(raw.resolve("BACI_HS17_Y2021_V202201.csv"), "t,i,j,k,v,q\n2021,124,842,310420,2,3\n");
    cache.ingest(raw, RawFormat.BACI, null);
    List<String> after = rows(cache);
    assertEquals(1, after.size(), after.toString());
    assertTrue(after.get(0).contains("valueUsd=2000.0"), after.toString());
  }

  @Test
  void aCrashAfterRecordingACorrectedFileBeforeDeletingTheOldPartsIsRepaired(@TempDir Path tmp)
      throws IOException {
    Path raw = rawBaci(tmp);
    FlowCache cache = FlowCache.at(tmp.resolve("cache"));
    cache.ingest(raw, RawFormat.BACI, null);
    Path saved = Files.createDirectories(tmp.resolve("old-parts"));
    for (Path p : filesUnder(cache.flowsDir(), ".parquet")) {
      Files.copy(p, saved.resolve(cache.flowsDir().relativize(p).toString().replace('/', '_')));
    }
    Files.writeString(raw.resolve("BACI_HS17_Y2021_V202201.csv"), "t,i,j,k,v,q\n2021,124,842,310420,2,3\n");
    cache.ingest(raw, RawFormat.BACI, null);
    // put the old version's parts back, as if the run had died right after saving the manifest
    for (Path p : filesUnder(saved, ".parquet")) {
      Path back = cache.flowsDir().resolve(p.getFileName().toString().replace('_', '/'));
      Files.createDirectories(back.getParent());
      Files.copy(p, back);
    }
    assertEquals(8, rows(cache).size(), "7 stale rows + 1 new before the repair");
    IngestSummary s = cache.ingest(raw, RawFormat.BACI, null);
    assertEquals(1, s.filesSkipped());
    assertEquals(1, rows(cache).size(), rows(cache).toString());
  }

  @Test
  void rowsAndQuarantineOfARawFileRemovedFromTheFolderAreNoLongerServed(@TempDir Path tmp) throws IOException {
    Path raw = rawBaci(tmp);
    Files.copy(TestData.fixture("baci/BACI_bad_rows.csv"), raw.resolve("BACI_HS17_Y2021_V202301.csv"));
    FlowCache cache = FlowCache.at(tmp.resolve("cache"));
    IngestSummary first = cache.ingest(raw, RawFormat.BACI, null);
    assertEquals(2, first.filesIngested());
    // the 7 rows of the 2021 fixture and the one good row (line 2) of BACI_bad_rows.csv
    assertEquals(8, rows(cache).size());
    assertEquals(1, filesUnder(cache.quarantineDir(), ".tsv").size(), "BACI_bad_rows.csv has 7 bad rows");

    Files.delete(raw.resolve("BACI_HS17_Y2021_V202301.csv"));
    java.io.StringWriter out = new java.io.StringWriter();
    IngestSummary second = cache.ingest(raw, RawFormat.BACI, new java.io.PrintWriter(out));
    assertEquals(0, second.filesIngested());
    assertEquals(1, second.filesSkipped());
    assertEquals(List.of("BACI_HS17_Y2021_V202201.csv"), cache.ingestedFiles());
    assertEquals(7, rows(cache).size());
    FlowCache clean = FlowCache.at(tmp.resolve("clean"));
    clean.ingest(raw, RawFormat.BACI, null);
    assertEquals(rows(clean), rows(cache));
    assertEquals(List.of(), filesUnder(cache.quarantineDir(), ".tsv"));
    assertTrue(out.toString().contains("BACI_HS17_Y2021_V202301.csv is no longer in"), out.toString());
  }

  @Test
  void theQuarantineFileOfAReplacedVersionIsDeleted(@TempDir Path tmp) throws IOException {
    Path raw = rawBaci(tmp);
    Path f = raw.resolve("BACI_HS17_Y2021_V202201.csv");
    Files.copy(TestData.fixture("baci/BACI_bad_rows.csv"), f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    FlowCache cache = FlowCache.at(tmp.resolve("cache"));
    cache.ingest(raw, RawFormat.BACI, null);
    List<Path> before = filesUnder(cache.quarantineDir(), ".tsv");
    assertEquals(1, before.size());
    Files.writeString(f, "t,i,j,k,v,q\n2021,124,842,310420,2,3\n2021,124,842,310420,2,3\n");
    cache.ingest(raw, RawFormat.BACI, null);
    List<Path> after = filesUnder(cache.quarantineDir(), ".tsv");
    assertEquals(1, after.size(), "the new version's duplicate row only: " + after);
    assertFalse(Files.exists(before.get(0)), "old version's quarantine file removed");
    assertTrue(Files.readString(after.get(0)).contains("DUPLICATE_KEY"));
  }

  @Test
  void twoReleasesOfTheSameYearInOneFolderUseTheNewerOneAndSaySo(@TempDir Path tmp) throws IOException {
    Path raw = rawBaci(tmp);
    // a later release revising CAN->USA 310420 (3000.5 in V202201) and adding CAN->IND
    Files.writeString(raw.resolve("BACI_HS17_Y2021_V202401.csv"),
        "t,i,j,k,v,q\n2021,124,842,310420,3100,10000\n2021,124,699,310420,10,1\n");
    org.tradeshock.ingest.FlowsQuery q = org.tradeshock.ingest.FlowsQuery.of(raw, RawFormat.BACI, Set.of(2021),
        List.of("3104"), Set.of()).withCacheDir(tmp.resolve("cache"));
    java.io.StringWriter out = new java.io.StringWriter();
    org.tradeshock.ingest.FlowStore.Loaded l = org.tradeshock.ingest.FlowStore.load(() -> {
      throw new AssertionError("a selection this small is read without Spark");
    }, q, new java.io.PrintWriter(out));
    // BACI_HS17_Y2021_V202201.csv has 5 rows of HS 3104; the new release adds CAN->IND
    assertEquals(6, l.flows().size());
    org.tradeshock.ingest.TradeFlow canUsa = l.flows().stream()
        .filter(f -> f.exporter().equals("CAN") && f.importer().equals("USA")).findFirst().orElseThrow();
    assertEquals(3_100_000, canUsa.valueUsd(), 1e-6);
    assertEquals("BACI BACI_HS17_Y2021_V202401.csv", canUsa.source());
    String said = "1 report(s) found in two files, the newer file's used: BACI BACI_HS17_Y2021_V202401.csv"
        + " over BACI BACI_HS17_Y2021_V202201.csv (1)";
    assertTrue(l.baseline().endsWith(said), l.baseline());
    assertTrue(out.toString().contains(said), out.toString());
    // the cold path reads the same files in another order and must agree
    assertEquals(l.flows(), org.tradeshock.ingest.FlowStore.loadWithoutCache(q).flows());
  }
}
