package org.tradeshock.uncertainty;

import java.util.List;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.ScenarioSpec;
import org.tradeshock.common.Checks;

/**
 * Cheap local sensitivity: one parameter at a time at the ends of its range, the others central
 * (2 solves per parameter), for tornado charts and quick runs without Spark. With a
 * {@link Recalibration} in the problem, each end is recalibrated first, as in the Monte Carlo.
 *
 * <p>Gaussian quadrature in the style of RunGTAP (DePauw and Pearson's Stroud/Liu order-3 points)
 * is not implemented; one-at-a-time gives the tornado ranking, and the Monte Carlo the intervals.
 */
public final class Sensitivity {
  private Sensitivity() {}

  /**
   * Tornado data for {@code metric} in {@code scenario} (change from the base year), sorted by
   * swing, largest first (failed solves give NaN outputs and sort last).
   *
   * @param problem the problem (its parameters' low and high ends are used)
   * @param scenario a scenario name of the problem
   * @param metric the metric, e.g. Belarus's export revenue change
   * @return one bar per parameter
   */
  public static List<TornadoBar> oneAtATime(McProblem problem, String scenario, Outcome metric) {
    return oneAtATime(problem, scenario, null, metric);
  }

  /**
   * Tornado data for {@code metric} in {@code scenario} against {@code reference}, e.g. Belarus's
   * revenue gain of "US relief" over "sanctioned": see {@link Sweep#tornado}. Every scenario is
   * kept (a drawn wedge or a calibrated override may belong to a scenario not compared here), but
   * only {@code metric} is computed; scenarios with the same measures share one solve.
   *
   * @param problem the problem (its parameters' low and high ends are used)
   * @param scenario a scenario name of the problem
   * @param reference the scenario it is compared with, or null for the base year
   * @param metric a change from the base year, e.g. Belarus's export revenue change
   * @return one bar per parameter
   */
  public static List<TornadoBar> oneAtATime(McProblem problem, String scenario, String reference, Outcome metric) {
    List<String> names = problem.scenarios().stream().map(ScenarioSpec::name).toList();
    for (String w : reference == null ? List.of(scenario) : List.of(scenario, reference)) {
      Checks.check(names.contains(w), "unknown scenario '%s': expected one of %s", w, names);
    }
    return sweep(problem.withMetrics(List.of(metric))).tornado(scenario, reference, metric.label(problem.base().regions()));
  }

  /**
   * Every scenario and metric of {@code problem} at the central values and with each parameter in
   * turn at the low and high end of its range: 2 x parameters + 1 evaluations, no Spark.
   */
  public static Sweep sweep(McProblem problem) {
    double[] centralValues = problem.centralValues();
    int n = centralValues.length;
    double[][] low = new double[n][];
    double[][] high = new double[n][];
    for (int p = 0; p < n; p++) {
      ParameterDistribution d = problem.parameters().get(p).distribution();
      double[] lo = centralValues.clone();
      double[] hi = centralValues.clone();
      lo[p] = d.low();
      hi[p] = d.high();
      low[p] = Draws.evaluate(problem, -1, lo);
      high[p] = Draws.evaluate(problem, -1, hi);
    }
    return new Sweep(problem, Draws.evaluate(problem, -1, centralValues), low, high);
  }
}
