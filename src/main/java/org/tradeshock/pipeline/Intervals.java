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
    for (int d = 0; d < s.length; d++) {
      v[d] = r == null ? s[d] : (1 + s[d]) / (1 + r[d]) - 1;
    }
    return quantiles(v);
  }

  /**
   * Intervals of an absolute change, {@code scale * (m_s - m_ref)} draw by draw, from a metric
   * stated as a change from a base-year level {@code scale} (base tonnes for a volume change, base
   * revenue for a revenue change): the tonnes or dollars a scenario adds to its reference.
   */
  static Intervals ofDifference(McSummary mc, String scenario, String reference, String metric, double scale) {
    double[] s = mc.values(scenario, metric);
    double[] r = reference == null ? null : mc.values(reference, metric);
    double[] v = new double[s.length];
    for (int d = 0; d < s.length; d++) {
      v[d] = scale * (s[d] - (r == null ? 0 : r[d]));
    }
    return quantiles(v);
  }

  /** Quantiles of the finite values; the others count as failed draws. */
  private static Intervals quantiles(double[] values) {
    double[] ok = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    return new Intervals(q(ok, 0.05), q(ok, 0.50), q(ok, 0.95), ok.length, values.length - ok.length);
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
