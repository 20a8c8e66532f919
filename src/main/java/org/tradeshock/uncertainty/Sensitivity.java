package org.tradeshock.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
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
   * Tornado data for {@code metric} in {@code scenario}, sorted by swing, largest first (failed
   * solves give NaN outputs and sort last).
   *
   * @param problem the problem (its parameters' low and high ends are used)
   * @param scenario a scenario name of the problem
   * @param metric the metric, e.g. Belarus's export revenue change
   * @return one bar per parameter
   */
  public static List<TornadoBar> oneAtATime(McProblem problem, String scenario, Outcome metric) {
    List<ScenarioSpec> sc = problem.scenarios();
    int k = sc.stream().map(ScenarioSpec::name).toList().indexOf(scenario);
    Checks.check(k >= 0, "unknown scenario '%s': expected one of %s", scenario,
        sc.stream().map(ScenarioSpec::name).toList());
    List<ScenarioSpec> needed = new ArrayList<>(List.of(sc.get(k)));
    Recalibration rc = problem.recalibration();
    if (rc != null && !rc.scenario().equals(scenario)) {
      needed.add(sc.stream().filter(s -> s.name().equals(rc.scenario())).findFirst().orElseThrow());
    }
    McProblem one = new McProblem(problem.base(), problem.elasticities(), problem.overrides(),
        problem.parameters(), needed, java.util.Map.of(), List.of(metric), problem.tolerance(),
        problem.maxIterations(), rc);
    double[] centralValues = one.centralValues();
    double central = value(one, centralValues);
    List<TornadoBar> bars = new ArrayList<>();
    for (int p = 0; p < centralValues.length; p++) {
      ParameterDistribution d = one.parameters().get(p).distribution();
      double[] lo = centralValues.clone();
      double[] hi = centralValues.clone();
      lo[p] = d.low();
      hi[p] = d.high();
      bars.add(new TornadoBar(one.parameters().get(p).name(), d.low(), d.high(), value(one, lo),
          value(one, hi), central));
    }
    bars.sort(Comparator.comparingDouble((TornadoBar b) -> Double.isNaN(b.swing()) ? -1 : b.swing())
        .reversed());
    return List.copyOf(bars);
  }

  private static double value(McProblem one, double[] values) {
    // scenario 0, metric 0; NaN when the solve (or the recalibration) failed
    return Draws.evaluate(one, -1, values)[RowLayout.of(one).value(0, 0)];
  }
}
