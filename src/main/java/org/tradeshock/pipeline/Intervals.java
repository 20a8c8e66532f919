package org.tradeshock.pipeline;

import java.util.Arrays;
import org.tradeshock.uncertainty.McSummary;

/**
 * Monte Carlo intervals stated the way the report states point results: each scenario's change
 * against its reference, computed draw by draw as {@code (1 + m_s) / (1 + m_ref) - 1} from metrics
 * measured against the base year.
 *
 * @param p5 5th percentile
 * @param p50 median
 * @param p95 95th percentile
 * @param ok draws used
 * @param failed draws where the scenario or its reference did not solve
 */
record Intervals(double p5, double p50, double p95, int ok, int failed) {

  /** Intervals of the change of {@code metric} from {@code reference} (null: the base year) to {@code scenario}. */
  static Intervals of(McSummary mc, String scenario, String reference, String metric) {
    double[] s = mc.values(scenario, metric);
    double[] r = reference == null ? null : mc.values(reference, metric);
    double[] v = new double[s.length];
    int n = 0;
    for (int d = 0; d < s.length; d++) {
      double x = r == null ? s[d] : (1 + s[d]) / (1 + r[d]) - 1;
      if (Double.isFinite(x)) {
        v[n++] = x;
      }
    }
    double[] ok = Arrays.copyOf(v, n);
    Arrays.sort(ok);
    return new Intervals(q(ok, 0.05), q(ok, 0.50), q(ok, 0.95), n, s.length - n);
  }

  /** Linear interpolation between order statistics (the usual "type 7" quantile). */
  static double q(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** "[-61.2%, -55.0%]" */
  String range() {
    return "[" + Fmt.pctText(p5) + ", " + Fmt.pctText(p95) + "]";
  }
}
