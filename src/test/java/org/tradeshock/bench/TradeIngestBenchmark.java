package org.tradeshock.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.ingest.FlowStore;
import org.tradeshock.ingest.FlowsQuery;
import org.tradeshock.ingest.SparkSessions;
import org.tradeshock.ingest.cache.CacheReader;
import org.tradeshock.ingest.cache.FlowCache;
import org.tradeshock.ingest.cache.RawFormat;
import org.tradeshock.ingest.quality.IngestSummary;
import org.tradeshock.ingest.synth.BaciGenerator;

/**
 * Benchmark of issue 3 (trade data ingest): the project against DuckDB on the same synthetic BACI
 * year. Each mode runs in its own JVM (see {@code src/test/bench/trade-ingest.sh}) so that
 * {@code /usr/bin/time -v} reports each one's peak memory. Not a unit test: run by hand.
 *
 * <p>Modes: {@code generate DIR ROWS}, {@code duckdb DIR}, {@code cold DIR},
 * {@code ingest DIR CACHE}, {@code warm DIR CACHE}, {@code warmproc DIR CACHE}. Every mode answers the same question, the potash
 * flows (HS 3104xx) of the year, and prints one line {@code RESULT mode seconds flows extra}.
 */
public final class TradeIngestBenchmark {
  private static final List<String> POTASH = List.of("3104");
  private static final int YEAR = 2021;

  private TradeIngestBenchmark() {}

  /** Runs one mode. */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path dir = Path.of(args[1]);
    switch (mode) {
      case "generate" -> {
        long t0 = System.nanoTime();
        BaciGenerator.Written w = BaciGenerator.write(dir, Long.parseLong(args[2]), YEAR, 42);
        result(mode, t0, w.rows(), String.format(Locale.ROOT, "bytes=%d", w.bytes()));
      }
      case "duckdb" -> duckdb(dir);
      case "cold" -> {
        long t0 = System.nanoTime();
        FlowStore.Loaded l = FlowStore.loadWithoutCache(query(dir, dir.resolve("unused-cache")));
        result(mode, t0, l.flows().size(), "rowsRead=" + l.ingest().rowsRead());
      }
      case "ingest" -> {
        long t0 = System.nanoTime();
        IngestSummary s = FlowCache.at(Path.of(args[2])).ingest(dir, RawFormat.BACI, null);
        double ingestS = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        SparkSession spark = SparkSessions.open("local[*]", "bench");
        double sessionS = (System.nanoTime() - t1) / 1e9;
        FlowStore.Loaded l = FlowStore.load(spark, query(dir, Path.of(args[2])), null);
        result(mode, t0, l.flows().size(), String.format(Locale.ROOT,
            "ingestSeconds=%.2f sparkSessionSeconds=%.2f rowsKept=%d", ingestS, sessionS, s.rowsKept()));
        spark.stop();
      }
      case "warm" -> {
        long t1 = System.nanoTime();
        SparkSession spark = SparkSessions.open("local[*]", "bench");
        double sessionS = (System.nanoTime() - t1) / 1e9;
        StringBuilder runs = new StringBuilder();
        long t0 = 0;
        int flows = 0;
        for (int r = 0; r < 3; r++) {
          t0 = System.nanoTime();
          FlowStore.Loaded l = FlowStore.load(spark, query(dir, Path.of(args[2])), null);
          flows = l.flows().size();
          runs.append(String.format(Locale.ROOT, "run%d=%.3f ", r + 1, (System.nanoTime() - t0) / 1e9));
        }
        // the Spark path that selections over CacheReader.LOCAL_READ_LIMIT_BYTES take
        long t2 = System.nanoTime();
        int sparkRows = CacheReader.read(spark, FlowCache.at(Path.of(args[2])), query(dir, Path.of(args[2])).selection()).size();
        double sparkFirst = (System.nanoTime() - t2) / 1e9;
        t2 = System.nanoTime();
        CacheReader.read(spark, FlowCache.at(Path.of(args[2])), query(dir, Path.of(args[2])).selection());
        double sparkSecond = (System.nanoTime() - t2) / 1e9;
        result(mode, t0, flows, runs + String.format(Locale.ROOT,
            "sparkSessionSeconds=%.2f sparkReadFirst=%.3f sparkReadSecond=%.3f sparkRows=%d", sessionS,
            sparkFirst, sparkSecond, sparkRows));
        spark.stop();
      }
      case "warmproc" -> {
        // a whole warm process as a job would run it for a potash selection: Spark is never opened
        long t0 = System.nanoTime();
        FlowStore.Loaded l = FlowStore.load(() -> {
          throw new IllegalStateException("a one-chapter selection must not need Spark");
        }, query(dir, Path.of(args[2])), null);
        result(mode, t0, l.flows().size(), "filesSkipped=" + l.ingest().filesSkipped());
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  private static FlowsQuery query(Path raw, Path cache) {
    return FlowsQuery.of(raw, RawFormat.BACI, Set.of(YEAR), POTASH, Set.of()).withCacheDir(cache);
  }

  /** The same question in DuckDB: potash rows of the CSV, joined to ISO3 codes, summed per pair and product. */
  private static void duckdb(Path dir) throws Exception {
    Path csv;
    try (var s = Files.list(dir)) {
      csv = s.filter(p -> p.getFileName().toString().startsWith("BACI_")).findFirst().orElseThrow();
    }
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      String sql = String.format(Locale.ROOT, "SELECT count(*) FROM ("
          + " SELECT e.iso_3digit_alpha AS exporter, m.iso_3digit_alpha AS importer, lpad(CAST(t.k AS VARCHAR), 6, '0') AS product,"
          + "  sum(t.v) * 1000 AS value_usd, sum(TRY_CAST(trim(t.q) AS DOUBLE)) AS tonnes"
          + " FROM read_csv('%s', header = true, columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER',"
          + "  'k': 'INTEGER', 'v': 'DOUBLE', 'q': 'VARCHAR'}) t"
          + " JOIN read_csv('%s', header = true) e ON e.country_code = t.i"
          + " JOIN read_csv('%s', header = true) m ON m.country_code = t.j"
          + " WHERE t.t = %d AND t.k BETWEEN 310400 AND 310499 GROUP BY 1, 2, 3)",
          csv, dir.resolve("country_codes_V000000.csv"), dir.resolve("country_codes_V000000.csv"), YEAR);
      try (ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        result("duckdb", t0, rs.getLong(1), "threads=" + threads(st));
      }
    }
  }

  private static String threads(Statement st) throws Exception {
    try (ResultSet rs = st.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void result(String mode, long t0, long flows, String extra) {
    System.out.printf(Locale.ROOT, "RESULT %s %.3f %d %s%n", mode, (System.nanoTime() - t0) / 1e9, flows, extra);
  }
}
