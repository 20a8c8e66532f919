package org.tradeshock.uncertainty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeshock.common.Checks;

/**
 * Monte Carlo results: intervals per scenario and metric, intervals of differences against each
 * scenario's reference, failed draws per scenario with the first failure's message, and the
 * per-draw values (for fan charts and histograms). Immutable.
 */
public final class McSummary {
  private final long seed;
  private final int draws;
  private final List<String> scenarios;
  private final List<String> metrics;
  private final List<MetricInterval> intervals;
  private final List<DifferenceInterval> differences;
  private final Map<String, Integer> failures;
  private final Map<String, String> firstFailure;
  private final Map<String, Double> meanIterations;
  private final Map<String, Integer> illConditioned;
  private final double[][][] values;
  private final int calibrationFailures;
  private final Map<String, Quantiles> calibrated;
  private final Map<String, Map<String, Double>> bindingShare;

  McSummary(SummaryBuilder b) {
    seed = b.seed;
    draws = b.draws;
    scenarios = List.copyOf(b.scenarios);
    metrics = List.copyOf(b.metrics);
    intervals = List.copyOf(b.intervals);
    differences = List.copyOf(b.differences);
    failures = Collections.unmodifiableMap(new LinkedHashMap<>(b.failures));
    firstFailure = Collections.unmodifiableMap(new LinkedHashMap<>(b.firstFailure));
    meanIterations = Collections.unmodifiableMap(new LinkedHashMap<>(b.meanIterations));
    illConditioned = Collections.unmodifiableMap(new LinkedHashMap<>(b.illConditioned));
    values = b.values;
    calibrationFailures = b.calibrationFailures;
    calibrated = Collections.unmodifiableMap(new LinkedHashMap<>(b.calibrated));
    bindingShare = Collections.unmodifiableMap(new LinkedHashMap<>(b.bindingShare));
  }

  /**
   * For each scenario with capacity limits, the share of its solved draws in which each cap binds
   * (cap id to a fraction in [0, 1]; NaN when no draw solved).
   */
  public Map<String, Map<String, Double>> bindingShare() {
    return bindingShare;
  }

  /** Draws whose per-draw recalibration failed (they count as failed in every scenario too). */
  public int calibrationFailures() {
    return calibrationFailures;
  }

  /** Intervals of the per-draw calibrated values by unknown name (empty without recalibration). */
  public Map<String, Quantiles> calibrated() {
    return calibrated;
  }

  /** The seed the draws were derived from. */
  public long seed() {
    return seed;
  }

  /** Number of draws. */
  public int draws() {
    return draws;
  }

  /** Scenario names in problem order. */
  public List<String> scenarios() {
    return scenarios;
  }

  /** Metric labels in problem order. */
  public List<String> metrics() {
    return metrics;
  }

  /** Every scenario x metric interval, scenario-major. */
  public List<MetricInterval> intervals() {
    return intervals;
  }

  /** Every scenario-minus-reference interval. */
  public List<DifferenceInterval> differences() {
    return differences;
  }

  /** Failed draws per scenario (0 when all solved). */
  public Map<String, Integer> failures() {
    return failures;
  }

  /** The message of the first failed draw per scenario that had failures. */
  public Map<String, String> firstFailure() {
    return firstFailure;
  }

  /** Mean Newton iterations per solve, per scenario, over solved draws. */
  public Map<String, Double> meanIterations() {
    return meanIterations;
  }

  /**
   * Solved draws per scenario whose final Jacobian was ill-conditioned
   * ({@link org.tradeshock.model.SolverDiagnostics#illConditioned()}): kept in the statistics, but a
   * report should say how many there were.
   */
  public Map<String, Integer> illConditioned() {
    return illConditioned;
  }

  /** The interval of {@code metric} in {@code scenario}. */
  public MetricInterval interval(String scenario, String metric) {
    return intervals.stream().filter(i -> i.scenario().equals(scenario) && i.metric().equals(metric))
        .findFirst().orElseThrow(() -> missing(scenario, metric));
  }

  /** The interval of {@code scenario} minus its reference for {@code metric}. */
  public DifferenceInterval difference(String scenario, String metric) {
    return differences.stream().filter(i -> i.scenario().equals(scenario) && i.metric().equals(metric))
        .findFirst().orElseThrow(() -> missing(scenario + " (difference)", metric));
  }

  /** A statistic of an interval, for building chart series. */
  public enum Stat {
    /** Value at the central parameters. */
    CENTRAL,
    /** Mean over solved draws. */
    MEAN,
    /** 5th percentile. */
    P5,
    /** Median. */
    P50,
    /** 95th percentile. */
    P95
  }

  /**
   * One statistic of {@code metric} for every scenario, in scenario order: the series of a bar
   * chart with error bars (e.g. P50 with P5 and P95 as low and high).
   */
  public double[] series(String metric, Stat stat) {
    double[] out = new double[scenarios.size()];
    for (int k = 0; k < out.length; k++) {
      MetricInterval m = interval(scenarios.get(k), metric);
      Quantiles q = m.stats();
      out[k] = switch (stat) {
        case CENTRAL -> m.central();
        case MEAN -> q.mean();
        case P5 -> q.p5();
        case P50 -> q.p50();
        case P95 -> q.p95();
      };
    }
    return out;
  }

  /** Per-draw values of {@code metric} in {@code scenario}, by draw index (NaN = failed). */
  public double[] values(String scenario, String metric) {
    int k = scenarios.indexOf(scenario);
    int j = metrics.indexOf(metric);
    Checks.check(k >= 0 && j >= 0, "no values for scenario '%s', metric '%s': expected one of %s and %s",
        scenario, metric, scenarios, metrics);
    return values[k][j].clone();
  }

  private IllegalArgumentException missing(String scenario, String metric) {
    return new IllegalArgumentException(String.format(java.util.Locale.ROOT,
        "no interval for scenario '%s', metric '%s': expected one of %s and %s", scenario, metric,
        scenarios, metrics));
  }

  /**
   * Summarises draw results (any order; they are sorted by draw index here, so the summary does not
   * depend on how the draws were partitioned).
   */
  static McSummary of(McProblem p, long seed, List<double[]> results) {
    List<double[]> rows = new ArrayList<>(results);
    rows.sort((a, b) -> Double.compare(a[0], b[0]));
    for (int d = 0; d < rows.size(); d++) {
      Checks.check(rows.get(d)[0] == d, "draw results must cover indices 0..%d but index %d is %s",
          rows.size() - 1, d, rows.get(d)[0]);
    }
    return new SummaryBuilder(p, seed, rows).build();
  }
}
