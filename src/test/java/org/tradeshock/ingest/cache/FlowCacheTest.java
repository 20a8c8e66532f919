package org.tradeshock.ingest.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.TestData;
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
}
