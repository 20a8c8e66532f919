package org.tradeshock.ingest;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.baci.BaciCodes;
import org.tradeshock.ingest.baci.BaciReader;
import org.tradeshock.ingest.cache.CacheReader;
import org.tradeshock.ingest.cache.FlowCache;
import org.tradeshock.ingest.cache.RawFormat;
import org.tradeshock.ingest.mirror.MirrorReconciler;
import org.tradeshock.ingest.mirror.MirrorReport;
import org.tradeshock.ingest.mirror.ReportedFlow;
import org.tradeshock.ingest.quality.IngestSummary;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.RawFiles;

/**
 * The entry point jobs use to get normalised, mirror-reconciled bilateral flows from a user's raw
 * BACI or Comtrade files: it brings the Parquet cache up to date (ingesting only new raw files),
 * reads the selection from the cache with Spark and reconciles exporter and importer reports.
 */
public final class FlowStore {
  private FlowStore() {}

  /**
   * Flows for a job, with where they came from.
   *
   * @param flows one flow per (year, exporter, importer, product), ISO3 codes, USD f.o.b.
   * @param mirrors mirror share per exporter
   * @param ingest what the cache update did
   * @param baseline a one-line statement of the data used, for the report
   */
  public record Loaded(List<TradeFlow> flows, MirrorReport mirrors, IngestSummary ingest, String baseline) {
    /** Copies the flows. */
    public Loaded {
      flows = List.copyOf(flows);
    }
  }

  /**
   * Updates the cache from {@code q.rawDir()} and returns the selected, reconciled flows. Selections
   * under {@link CacheReader#LOCAL_READ_LIMIT_BYTES} of Parquet are read in the driver; larger ones
   * with {@code spark}.
   *
   * @param progress where ingest progress goes (null: silent)
   * @throws BadInputException for a raw file with a wrong header or missing code tables
   */
  public static Loaded load(SparkSession spark, FlowsQuery q, PrintWriter progress) {
    return load(() -> spark, q, progress);
  }

  /**
   * Same as {@link #load(SparkSession, FlowsQuery, PrintWriter)}, asking for the session only when
   * the selection is large enough to need Spark, so a small warm run never pays Spark's start-up.
   */
  public static Loaded load(Supplier<SparkSession> spark, FlowsQuery q, PrintWriter progress) {
    FlowCache cache = FlowCache.at(q.cacheDir());
    IngestSummary s = cache.ingest(q.rawDir(), q.format(), progress);
    // small selections (a potash job reads one HS chapter) skip Spark's per-query start-up cost
    List<ReportedFlow> reports = CacheReader.selectedBytes(cache, q.selection()) < CacheReader.LOCAL_READ_LIMIT_BYTES
        ? CacheReader.readLocal(cache, q.selection())
        : CacheReader.read(spark.get(), cache, q.selection());
    MirrorReconciler.Result r = MirrorReconciler.reconcile(reports, q.mirrorRule());
    if (progress != null && r.supersededRows() > 0) {
      progress.println(superseded(r));
      progress.flush();
    }
    return new Loaded(r.flows(), r.report(), s, describe(q, cache.ingestedFiles(), r));
  }

  /**
   * Reads the selection straight from the raw files in one streaming pass, without Spark or cache:
   * the fastest path for a single run on a selection; quarantined rows are only counted.
   */
  public static Loaded loadWithoutCache(FlowsQuery q) {
    long start = System.nanoTime();
    BaciCodes codes = BaciCodes.find(q.rawDir()).orElseThrow(() -> BadInputException.at(q.rawDir(), "",
        "no country_codes*.csv code table found in the folder or inside a zip archive in it"));
    List<ReportedFlow> reports = new ArrayList<>();
    Progress prog = Progress.silent();
    long read = 0;
    long bad = 0;
    List<String> names = new ArrayList<>();
    try (Quarantine quarantine = Quarantine.to(null)) {
      for (var f : rawFiles(q)) {
        names.add(f.getFileName().toString());
        for (RawFiles.Entry e : RawFiles.entries(f, q.format() == RawFormat.BACI ? BaciReader::isDataFile
            : n -> n.toLowerCase(Locale.ROOT).endsWith(".csv"))) {
          String source = (q.format() == RawFormat.BACI ? "BACI " : "Comtrade ") + f.getFileName();
          var c = FlowCache.read(e, q.format(), codes, q.selection(), quarantine, prog,
              (year, rep, par, export, product, v, t) ->
                  reports.add(new ReportedFlow(year, rep, par, export, product, v, t, source)));
          read += c.rowsRead();
          bad += c.rowsQuarantined();
        }
      }
      MirrorReconciler.Result r = MirrorReconciler.reconcile(reports, q.mirrorRule());
      IngestSummary s = new IngestSummary(0, 0, read, reports.size(), bad, quarantine.counts(),
          prog.bytes(), (System.nanoTime() - start) / 1e9);
      return new Loaded(r.flows(), r.report(), s, describe(q, names, r));
    }
  }

  private static List<java.nio.file.Path> rawFiles(FlowsQuery q) {
    try (var s = java.nio.file.Files.list(q.rawDir())) {
      return s.filter(p -> {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".csv") || n.endsWith(".csv.gz") || n.endsWith(".zip"))
            && !n.startsWith("country_codes") && !n.startsWith("product_codes");
      }).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot list raw folder " + q.rawDir(), e);
    }
  }

  private static String describe(FlowsQuery q, List<String> files, MirrorReconciler.Result r) {
    String base = String.format(Locale.ROOT, "%s bilateral flows from %s (%d file(s): %s); years %s, HS %s,"
            + " countries %s; %d flows after mirror reconciliation (CIF margin %.0f%%)",
        q.format() == RawFormat.BACI ? "CEPII BACI" : "UN Comtrade", q.rawDir(), files.size(),
        String.join(", ", files), q.years().isEmpty() ? "all" : new java.util.TreeSet<>(q.years()),
        q.hsPrefixes().isEmpty() ? "all" : q.hsPrefixes(),
        q.countries().isEmpty() ? "all" : new java.util.TreeSet<>(q.countries()), r.flows().size(),
        100 * q.mirrorRule().cifRate());
    return r.supersededRows() == 0 ? base : base + "; " + superseded(r);
  }

  /** One line naming the files that report the same flows and which one was used. */
  private static String superseded(MirrorReconciler.Result r) {
    List<String> pairs = new ArrayList<>();
    for (MirrorReconciler.Superseded x : r.superseded()) {
      pairs.add(String.format(Locale.ROOT, "%s over %s (%d)", x.kept(), x.dropped(), x.rows()));
    }
    return String.format(Locale.ROOT, "%d report(s) found in two files, the newer file's used: %s",
        r.supersededRows(), String.join(", ", pairs));
  }
}
