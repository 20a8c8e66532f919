package org.tradeshock.ingest.mirror;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tradeshock.ingest.TradeFlow;

/**
 * Turns reporters' declarations into one flow per (year, exporter, importer, product) following a
 * {@link MirrorRule}, and reports the mirror share per exporter. Pure Java: it runs on the collected,
 * already filtered reports.
 */
public final class MirrorReconciler {
  private MirrorReconciler() {}

  /** The reconciled flows and the mirror report. */
  public record Result(List<TradeFlow> flows, MirrorReport report) {
    /** Copies the flows. */
    public Result {
      flows = List.copyOf(flows);
    }
  }

  private record Key(int year, String exporter, String importer, String product) {}

  /**
   * Reconciles {@code reports}; when a side reported the same key twice the first report wins. Every
   * key reported by either side gives exactly one flow.
   */
  public static Result reconcile(List<ReportedFlow> reports, MirrorRule rule) {
    Map<Key, ReportedFlow[]> sides = new HashMap<>();
    for (ReportedFlow r : reports) {
      ReportedFlow[] s = sides.computeIfAbsent(
          new Key(r.year(), r.exporter(), r.importer(), r.product()), k -> new ReportedFlow[2]);
      int side = r.export() ? 0 : 1;
      if (s[side] == null) {
        s[side] = r;
      }
    }
    List<TradeFlow> flows = new ArrayList<>(sides.size());
    Map<String, double[]> totals = new TreeMap<>();
    for (Map.Entry<Key, ReportedFlow[]> e : sides.entrySet()) {
      Key k = e.getKey();
      ReportedFlow exp = e.getValue()[0];
      ReportedFlow imp = e.getValue()[1];
      // a non-reporter's own report gives way to the partner's, but is kept when there is no partner
      // report: dropping it would silently remove the flow (all of BACI's flows are exporter rows)
      boolean fallback = exp != null && imp == null && rule.isNonReporter(k.exporter(), k.year());
      boolean useMirror = imp != null && (exp == null || rule.isNonReporter(k.exporter(), k.year())
          || rule.quality(k.importer()) > rule.quality(k.exporter()));
      TradeFlow f = useMirror
          ? new TradeFlow(k.year(), k.exporter(), k.importer(), k.product(),
              imp.valueUsd() / (1 + rule.cifRate()), imp.tonnes(), imp.source(), TradeFlow.Basis.MIRROR)
          : new TradeFlow(k.year(), k.exporter(), k.importer(), k.product(), exp.valueUsd(),
              exp.tonnes(), exp.source(), TradeFlow.Basis.REPORTED);
      flows.add(f);
      double[] t = totals.computeIfAbsent(k.exporter(), x -> new double[5]);
      t[0] += f.valueUsd();
      t[3]++;
      if (useMirror) {
        t[1] += f.valueUsd();
        t[2]++;
      }
      if (fallback) {
        t[4]++;
      }
    }
    flows.sort(java.util.Comparator.comparingInt(TradeFlow::year).thenComparing(TradeFlow::exporter)
        .thenComparing(TradeFlow::importer).thenComparing(TradeFlow::product));
    List<MirrorReport.Row> rows = new ArrayList<>();
    totals.forEach((c, t) -> rows.add(new MirrorReport.Row(c, t[0], t[1], (int) t[2], (int) t[3],
        (int) t[4])));
    return new Result(flows, new MirrorReport(rows));
  }
}
