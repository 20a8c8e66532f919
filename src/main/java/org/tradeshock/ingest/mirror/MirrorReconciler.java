package org.tradeshock.ingest.mirror;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradeshock.ingest.TradeFlow;

/**
 * Turns reporters' declarations into one flow per (year, exporter, importer, product) following a
 * {@link MirrorRule}, and reports the mirror share per exporter. Pure Java: it runs on the collected,
 * already filtered reports.
 */
public final class MirrorReconciler {
  private MirrorReconciler() {}

  /**
   * The reconciled flows, the mirror report, and the reports of one side of a key found in two source
   * files, of which only the newer file's was used.
   */
  public record Result(List<TradeFlow> flows, MirrorReport report, List<Superseded> superseded) {
    /** Copies the lists. */
    public Result {
      flows = List.copyOf(flows);
      superseded = List.copyOf(superseded);
    }

    /** Reports dropped because a newer file reported the same key, over all pairs of files. */
    public long supersededRows() {
      return superseded.stream().mapToLong(Superseded::rows).sum();
    }
  }

  /**
   * {@code rows} keys that both {@code kept} and {@code dropped} report (same year, exporter, importer,
   * product and side); {@code kept}'s reports were used.
   */
  public record Superseded(String kept, String dropped, long rows) {}

  private record Key(int year, String exporter, String importer, String product) {}

  private static final Pattern RELEASE = Pattern.compile("_V(\\d{6})");

  /**
   * Reconciles {@code reports}. When two source files report the same side of a key (two BACI
   * releases of one year in one folder), the newer file's report is used whatever the order of
   * {@code reports}: the later release ({@code _VYYYYMM} in the name, a file without one counting as
   * oldest), else the name that sorts last; each such pair of files is listed in
   * {@link Result#superseded()}. Within one source the first report wins (the readers quarantine
   * duplicate keys within a file). Every key reported by either side gives exactly one flow.
   */
  public static Result reconcile(List<ReportedFlow> reports, MirrorRule rule) {
    Map<Key, ReportedFlow[]> sides = new HashMap<>();
    Map<Key, List<String>[]> dropped = new HashMap<>();
    for (ReportedFlow r : reports) {
      Key key = new Key(r.year(), r.exporter(), r.importer(), r.product());
      ReportedFlow[] s = sides.computeIfAbsent(key, k -> new ReportedFlow[2]);
      int side = r.export() ? 0 : 1;
      if (s[side] == null) {
        s[side] = r;
      } else if (!s[side].source().equals(r.source())) {
        boolean newer = compareSources(r.source(), s[side].source()) > 0;
        @SuppressWarnings("unchecked")
        List<String>[] d = dropped.computeIfAbsent(key, k -> new List[2]);
        if (d[side] == null) {
          d[side] = new ArrayList<>();
        }
        d[side].add(newer ? s[side].source() : r.source());
        if (newer) {
          s[side] = r;
        }
      }
    }
    // counted against the final winner, so the pairs do not depend on the order of the reports
    Map<String, Map<String, Long>> pairs = new TreeMap<>();
    dropped.forEach((k, d) -> {
      for (int side = 0; side < 2; side++) {
        if (d[side] != null) {
          String kept = sides.get(k)[side].source();
          for (String loser : new TreeSet<>(d[side])) {
            pairs.computeIfAbsent(kept, x -> new TreeMap<>()).merge(loser, 1L, Long::sum);
          }
        }
      }
    });
    List<Superseded> superseded = new ArrayList<>();
    pairs.forEach((kept, losers) -> losers.forEach((loser, n) -> superseded.add(new Superseded(kept, loser, n))));
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
    return new Result(flows, new MirrorReport(rows), superseded);
  }

  /** Orders source names by release ({@code _VYYYYMM}, none = oldest), then by name. */
  static int compareSources(String a, String b) {
    int c = release(a).compareTo(release(b));
    return c != 0 ? c : a.compareTo(b);
  }

  private static String release(String source) {
    Matcher m = RELEASE.matcher(source);
    String last = "";
    while (m.find()) {
      last = m.group(1);
    }
    return last;
  }
}
