package org.tradeshock.pipeline;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.baseline.Baseline;
import org.tradeshock.baseline.FlowsBaseline;
import org.tradeshock.ingest.FlowStore;
import org.tradeshock.ingest.FlowsQuery;
import org.tradeshock.ingest.TradeFlow;
import org.tradeshock.ingest.cache.RawFormat;
import org.tradeshock.ingest.mirror.MirrorReport;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobSpec;
import org.tradeshock.job.JobValidator;

/**
 * A baseline from the user's own BACI or Comtrade files: ingested into the Parquet cache (once),
 * selected by year and HS prefix, mirror-reconciled, and summed by exporter and importer.
 */
final class RawTradeBaseline {
  private RawTradeBaseline() {}

  static Baseline load(Job job, SparkSession spark) {
    JobSpec.Baseline b = job.spec().baseline();
    Path raw = JobValidator.rawFolder(job.file(), b);
    FlowsQuery q = FlowsQuery.of(raw, RawFormat.parse(b.kind()), Set.of(b.year()), b.hs(), Set.of());
    if (b.cache() != null) {
      q = q.withCacheDir(job.file().toAbsolutePath().getParent().resolve(b.cache()).normalize());
    }
    // progress of a long first ingest goes to stderr, where a user running a job can see it; the
    // writer is not closed, which would close System.err
    PrintWriter progress = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    FlowStore.Loaded l = FlowStore.load(spark, q, progress);
    Map<List<String>, double[]> pairs = new HashMap<>();
    for (TradeFlow f : l.flows()) {
      double[] a = pairs.computeIfAbsent(List.of(f.exporter(), f.importer()), k -> new double[] {0, 0, 0});
      a[0] += f.valueUsd();
      a[2] = Double.isNaN(f.tonnes()) || Double.isNaN(a[2]) ? Double.NaN : a[2] + f.tonnes();
    }
    Baseline base = FlowsBaseline.of(pairs, b.regions(), raw.getFileName() + " (" + b.kind() + ")");
    List<String> notes = new ArrayList<>(base.notes());
    notes.add(0, l.baseline());
    notes.add(l.ingest().describe());
    notes.addAll(mirrorNotes(l.mirrors()));
    return new Baseline(base.matrix(), base.tonnes(), base.unitValue(), false,
        "Observed bilateral flows: " + l.baseline() + ", HS " + String.join(", ", b.hs()) + ", " + b.year()
            + ", aggregated to the job's regions; " + (q.format() == RawFormat.BACI
                ? "flows as harmonised by CEPII (each flow once, exporter and importer reports already reconciled)."
                : "non-reporters rebuilt from partner imports (mirror flows)."),
        notes);
  }

  private static List<String> mirrorNotes(MirrorReport m) {
    List<String> out = new ArrayList<>();
    for (MirrorReport.Row r : m.rows()) {
      if (r.mirrorUsd() > 0) {
        out.add(String.format(java.util.Locale.ROOT, "%s: %.0f%% of its exports (%d of %d flows) from partner mirror"
            + " reports", r.exporter(), 100 * r.mirrorShare(), r.mirrorFlows(), r.flows()));
      }
      if (r.ownReportFallbacks() > 0) {
        out.add(String.format(java.util.Locale.ROOT, "%s: %d of %d flows from its own report although it is"
            + " listed as a non-reporter, because no partner reported them", r.exporter(),
            r.ownReportFallbacks(), r.flows()));
      }
    }
    return out;
  }
}
