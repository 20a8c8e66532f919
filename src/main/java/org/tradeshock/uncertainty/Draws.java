package org.tradeshock.uncertainty;

import java.util.List;
import java.util.SplittableRandom;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.ScenarioSpec;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.SolverException;

/**
 * Evaluates one Monte Carlo draw. The draw's random numbers come from
 * {@code new SplittableRandom(mix(seed, index))} only, so a draw's result does not depend on which
 * partition, executor or thread computes it, nor on the order of draws.
 *
 * <p>A draw's result is a flat {@code double[]} (plain arrays serialize with any Spark serializer):
 * [index, failed flag per scenario (0 or 1), Newton iterations per scenario, metric values per
 * scenario and metric (scenario-major, NaN when that scenario failed)].
 */
final class Draws {
  private Draws() {}

  /** Mixes seed and index with the SplitMix64 finaliser (Steele, Lea and Flood 2014). */
  static long mix(long seed, long index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Draws the parameters of draw {@code index} and evaluates every scenario. */
  static double[] run(McProblem p, long seed, int index) {
    double[] values = p.sample(new SplittableRandom(mix(seed, index)));
    return evaluate(p, index, values);
  }

  /** The parameter values of draw {@code index} (for re-running a failed draw on the driver). */
  static double[] values(McProblem p, long seed, int index) {
    return p.sample(new SplittableRandom(mix(seed, index)));
  }

  static double[] evaluate(McProblem p, int index, double[] values) {
    McProblem.Inputs in = p.inputs(values);
    GsimLevels solver = p.solver();
    List<ScenarioSpec> sc = p.scenarios();
    List<Outcome> ms = p.metrics();
    int s = sc.size();
    int m = ms.size();
    double[] out = new double[1 + 2 * s + s * m];
    out[0] = index;
    java.util.Map<List<Object>, GsimSolution> solved = new java.util.HashMap<>();
    for (int k = 0; k < s; k++) {
      try {
        // Scenarios with the same measures and caps (snapback = sanctioned) share one solve.
        List<Object> key = List.of(sc.get(k).measures(), sc.get(k).capacities());
        GsimSolution sol = solved.get(key);
        if (sol == null) {
          sol = sc.get(k).shock(p.base(), in.overrides()).solve(solver, p.base(), in.elasticities());
          solved.put(key, sol);
        }
        out[1 + s + k] = sol.diagnostics().iterations();
        for (int j = 0; j < m; j++) {
          out[1 + 2 * s + k * m + j] = ms.get(j).of(p.base(), sol);
        }
      } catch (SolverException e) {
        out[1 + k] = 1;
        for (int j = 0; j < m; j++) {
          out[1 + 2 * s + k * m + j] = Double.NaN;
        }
      }
    }
    return out;
  }

  /** The failure message of scenario {@code k} at these parameter values, or null if it solves. */
  static String failure(McProblem p, double[] values, int k) {
    McProblem.Inputs in = p.inputs(values);
    try {
      p.scenarios().get(k).shock(p.base(), in.overrides()).solve(p.solver(), p.base(), in.elasticities());
      return null;
    } catch (SolverException e) {
      return e.getMessage();
    }
  }
}
