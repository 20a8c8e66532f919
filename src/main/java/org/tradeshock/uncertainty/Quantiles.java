package org.tradeshock.uncertainty;

import java.util.Arrays;

/**
 * Interval statistics of one output over the draws that solved.
 *
 * <p>Percentiles use linear interpolation between order statistics (Hyndman and Fan 1996, type 7,
 * R's default): with sorted x_0..x_{n-1} and h = (n - 1) p, Q(p) = x_floor(h) + (h - floor(h))
 * (x_floor(h)+1 - x_floor(h)). All statistics are NaN when no draw solved.
 *
 * @param ok draws that solved
 * @param failed draws whose solve failed (not part of the statistics, never dropped silently)
 * @param mean arithmetic mean
 * @param p5 5th percentile
 * @param p50 median
 * @param p95 95th percentile
 */
public record Quantiles(int ok, int failed, double mean, double p5, double p50, double p95) {

  /** Statistics of {@code values} (NaN entries are the failed draws). */
  static Quantiles of(double[] values) {
    double[] ok = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    int failed = values.length - ok.length;
    if (ok.length == 0) {
      return new Quantiles(0, failed, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double sum = 0;
    for (double x : ok) {
      sum += x;
    }
    return new Quantiles(ok.length, failed, sum / ok.length, percentile(ok, 0.05), percentile(ok, 0.5),
        percentile(ok, 0.95));
  }

  /** Type-7 percentile of sorted {@code x} (non-empty). */
  static double percentile(double[] x, double p) {
    double h = (x.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, x.length - 1);
    return x[lo] + (h - lo) * (x[hi] - x[lo]);
  }
}
