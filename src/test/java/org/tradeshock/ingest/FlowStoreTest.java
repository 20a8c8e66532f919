package org.tradeshock.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.ingest.TradeFlow.Basis;
import org.tradeshock.ingest.cache.CacheReader;
import org.tradeshock.ingest.cache.FlowCache;
import org.tradeshock.ingest.cache.RawFormat;

@Tag("spark")
class FlowStoreTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("FlowStoreTest")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void loadsPotashFlowsFromTheCacheExactlyAsTheRawPassDoes(@TempDir Path tmp) {
    FlowsQuery q = FlowsQuery.of(TestData.fixture("baci"), RawFormat.BACI, Set.of(2021), List.of("3104"),
        Set.of()).withCacheDir(tmp.resolve("cache"));
    FlowStore.Loaded cached = FlowStore.load(spark, q, null);
    FlowStore.Loaded raw = FlowStore.loadWithoutCache(q);
    // fixtures: 5 rows of HS 3104xx in 2021 plus 1 good row in BACI_bad_rows.csv, same key as the first
    assertEquals(5, cached.flows().size());
    assertEquals(new HashSet<>(raw.flows()), new HashSet<>(cached.flows()));
    assertEquals(7, cached.ingest().rowsQuarantined(), "all bad rows of BACI_bad_rows.csv in the same folder");
    assertTrue(cached.baseline().startsWith("CEPII BACI"), cached.baseline());
    TradeFlow blr = cached.flows().stream().filter(f -> f.exporter().equals("BLR")).findFirst().orElseThrow();
    assertEquals(800_000, blr.valueUsd(), 1e-6);
    assertTrue(Double.isNaN(blr.tonnes()));
    // the Spark read (used for large selections) and the in-driver read give the same reports
    FlowCache cache = FlowCache.at(tmp.resolve("cache"));
    assertEquals(new HashSet<>(CacheReader.readLocal(cache, q.selection())),
        new HashSet<>(CacheReader.read(spark, cache, q.selection())));
    // a warm re-run reads the cache only
    assertEquals(2, FlowStore.load(spark, q, null).ingest().filesSkipped());
    // country push-down: flows touching India only
    FlowStore.Loaded india = FlowStore.load(spark, q.withCacheDir(tmp.resolve("cache")).withCountries(Set.of("IND")), null);
    assertEquals(1, india.flows().size());
  }

  @Test
  void rebuildsBelarusAndRussiaFromPartnerImportsInComtradeData(@TempDir Path tmp) throws IOException {
    Path raw = Files.createDirectories(tmp.resolve("raw"));
    for (String f : List.of("country_codes_fixture.csv", "comtradeplus_potash_2022.csv")) {
      Files.copy(TestData.fixture("comtrade/" + f), raw.resolve(f));
    }
    FlowsQuery q = FlowsQuery.of(raw, RawFormat.COMTRADE, Set.of(2022), List.of("310420"), Set.of())
        .withCacheDir(tmp.resolve("cache"));
    FlowStore.Loaded l = FlowStore.load(spark, q, null);
    // same hand-checked figures as MirrorReconcilerTest, now through CSV -> Parquet -> Spark
    assertEquals(5, l.flows().size());
    TradeFlow rus = l.flows().stream().filter(f -> f.exporter().equals("RUS")).findFirst().orElseThrow();
    assertEquals(Basis.MIRROR, rus.basis());
    assertEquals(1_000_000, rus.valueUsd(), 1e-6);
    assertEquals(3000, rus.tonnes(), 1e-9);
    assertEquals(1.0, l.mirrors().of("BLR").orElseThrow().mirrorShare(), 1e-12);
    assertEquals(200_000.0 / 3_200_000, l.mirrors().of("CAN").orElseThrow().mirrorShare(), 1e-12);
  }
}
