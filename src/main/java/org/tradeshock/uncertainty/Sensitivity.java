package org.tradeshock.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.ScenarioSpec;
import org.tradeshock.common.Checks;

/**
 * Cheap local sensitivity: one parameter at a time at the ends of its range, the others central
 * (2 solves per parameter), for tornado charts and quick runs without Spark.
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
    McProblem one = new McProblem(problem.base(), problem.elasticities(), problem.overrides(),
        problem.parameters(), List.of(sc.get(k)), java.util.Map.of(), List.of(metric),
        problem.tolerance(), problem.maxIterations());
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
    return Draws.evaluate(one, -1, values)[3];
  }
}
