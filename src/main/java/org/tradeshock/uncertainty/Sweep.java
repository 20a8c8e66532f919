package org.tradeshock.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tradeshock.calibration.ScenarioSpec;
import org.tradeshock.common.Checks;

/**
 * One-at-a-time results for every scenario and metric of a {@link McProblem}: the central solve,
 * and for each parameter the solves with that parameter at the low and at the high end of its
 * range, all others central (with the problem's {@link Recalibration}, if any, re-run at every
 * point). Built by {@link Sensitivity#sweep}; failed solves give NaN. Immutable.
 */
public final class Sweep {
  /** An end of a parameter's range. */
  public enum End {
    /** The distribution's low value. */
    LOW,
    /** The distribution's high value. */
    HIGH
  }

  private final List<Parameter> parameters;
  private final List<String> scenarios;
  private final List<String> metrics;
  private final List<String> unknowns;
  private final RowLayout at;
  private final double[] central;
  private final double[][] low;
  private final double[][] high;

  Sweep(McProblem p, double[] central, double[][] low, double[][] high) {
    parameters = p.parameters();
    scenarios = p.scenarios().stream().map(ScenarioSpec::name).toList();
    metrics = p.metrics().stream().map(m -> m.label(p.base().regions())).toList();
    unknowns = p.recalibration() == null ? List.of() : p.recalibration().names();
    at = RowLayout.of(p);
    this.central = central.clone();
    this.low = low;
    this.high = high;
  }

  /** The uncertain parameters, in the problem's order. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** Scenario names in problem order. */
  public List<String> scenarios() {
    return scenarios;
  }

  /** Metric labels in problem order. */
  public List<String> metrics() {
    return metrics;
  }

  /** Names of the unknowns re-calibrated at every point (empty without recalibration). */
  public List<String> unknowns() {
    return unknowns;
  }

  /** {@code metric} in {@code scenario} with every parameter central (NaN if that solve failed). */
  public double central(String scenario, String metric) {
    return central[column(scenario, metric)];
  }

  /** {@code metric} in {@code scenario} with parameter {@code p} at {@code end}, the others central. */
  public double value(int p, End end, String scenario, String metric) {
    return row(p, end)[column(scenario, metric)];
  }

  /** The re-calibrated value of {@code unknown} with every parameter central (NaN when it failed). */
  public double calibratedCentral(String unknown) {
    return central[at.calibrated(unknown(unknown))];
  }

  /** The re-calibrated value of {@code unknown} with parameter {@code p} at {@code end}. */
  public double calibrated(int p, End end, String unknown) {
    return row(p, end)[at.calibrated(unknown(unknown))];
  }

  /**
   * Tornado data for {@code metric} in {@code scenario} stated against {@code reference}, sorted by
   * swing, largest first (failed solves give NaN outputs and sort last). The metric must be a change
   * from the base year (e.g. export revenue change); against a reference scenario the output is the
   * change from the reference, {@code (1 + m_scenario) / (1 + m_reference) - 1}, the way scenario
   * comparisons are stated.
   *
   * @param scenario a scenario name
   * @param reference the scenario it is compared with, or null for the base year
   * @param metric a metric label
   * @return one bar per parameter
   */
  public List<TornadoBar> tornado(String scenario, String reference, String metric) {
    double c = relative(central, scenario, reference, metric);
    List<TornadoBar> bars = new ArrayList<>();
    for (int p = 0; p < parameters.size(); p++) {
      ParameterDistribution d = parameters.get(p).distribution();
      bars.add(new TornadoBar(parameters.get(p).name(), d.low(), d.high(),
          relative(low[p], scenario, reference, metric), relative(high[p], scenario, reference, metric), c));
    }
    bars.sort(Comparator.comparingDouble((TornadoBar b) -> Double.isNaN(b.swing()) ? -1 : b.swing()).reversed());
    return List.copyOf(bars);
  }

  /**
   * {@code metric} in {@code scenario} against {@code reference} (null: the base year) with
   * parameter {@code p} at {@code end}; see {@link #tornado}.
   */
  public double relative(int p, End end, String scenario, String reference, String metric) {
    return relative(row(p, end), scenario, reference, metric);
  }

  /** {@code metric} in {@code scenario} against {@code reference} with every parameter central. */
  public double relativeCentral(String scenario, String reference, String metric) {
    return relative(central, scenario, reference, metric);
  }

  private double relative(double[] row, String scenario, String reference, String metric) {
    double s = row[column(scenario, metric)];
    return reference == null ? s : (1 + s) / (1 + row[column(reference, metric)]) - 1;
  }

  private double[] row(int p, End end) {
    Checks.check(p >= 0 && p < parameters.size(), "parameter index %d is out of range; expected 0..%d", p,
        parameters.size() - 1);
    return end == End.LOW ? low[p] : high[p];
  }

  private int column(String scenario, String metric) {
    int k = scenarios.indexOf(scenario);
    int j = metrics.indexOf(metric);
    Checks.check(k >= 0 && j >= 0, "no sweep value for scenario '%s', metric '%s': expected one of %s and %s",
        scenario, metric, scenarios, metrics);
    return at.value(k, j);
  }

  private int unknown(String name) {
    int u = unknowns.indexOf(name);
    Checks.check(u >= 0, "'%s' is not a re-calibrated unknown: expected one of %s", name, unknowns);
    return u;
  }
}
