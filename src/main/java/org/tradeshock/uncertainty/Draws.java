package org.tradeshock.uncertainty;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tradeshock.calibration.CalibrationResult;
import org.tradeshock.calibration.Calibrator;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.ScenarioSpec;
import org.tradeshock.calibration.ShockMap;
import org.tradeshock.calibration.Unknown;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.SolverException;

/**
 * Evaluates one Monte Carlo draw. The draw's random numbers come from
 * {@code new SplittableRandom(mix(seed, index))} only, so a draw's result does not depend on which
 * partition, executor or thread computes it, nor on the order of draws. Results are flat rows laid
 * out by {@link RowLayout}.
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
    return evaluate(p, index, values(p, seed, index));
  }

  /** The parameter values of draw {@code index} (also for re-running a failed draw on the driver). */
  static double[] values(McProblem p, long seed, int index) {
    return p.sample(new SplittableRandom(mix(seed, index)));
  }

  static double[] evaluate(McProblem p, int index, double[] values) {
    RowLayout at = RowLayout.of(p);
    double[] out = new double[at.length()];
    out[0] = index;
    McProblem.Inputs in = p.inputs(values);
    Map<String, Double> overrides = in.overrides();
    if (p.recalibration() != null) {
      CalibrationResult r = recalibrate(p, in);
      if (r == null || !r.converged()) {
        out[at.calibrationFailed()] = 1;
        Arrays.fill(out, at.failed(0), at.failed(0) + at.scenarios(), 1);
        Arrays.fill(out, at.calibrated(0), out.length, Double.NaN);
        return out;
      }
      for (int u = 0; u < at.unknowns(); u++) {
        out[at.calibrated(u)] = r.values()[u];
      }
      overrides = merged(overrides, r.overrides());
    }
    solveScenarios(p, in, overrides, at, out);
    return out;
  }

  private static void solveScenarios(McProblem p, McProblem.Inputs in, Map<String, Double> overrides,
      RowLayout at, double[] out) {
    GsimLevels solver = p.solver();
    List<ScenarioSpec> sc = p.scenarios();
    List<Outcome> ms = p.metrics();
    Map<List<Object>, GsimSolution> solved = new HashMap<>();
    for (int k = 0; k < sc.size(); k++) {
      try {
        // Scenarios with the same measures and caps (snapback = sanctioned) share one solve.
        List<Object> key = List.of(sc.get(k).measures(), sc.get(k).capacities());
        GsimSolution sol = solved.get(key);
        if (sol == null) {
          sol = sc.get(k).shock(p.base(), overrides).solve(solver, p.base(), in.elasticities());
          solved.put(key, sol);
        }
        out[at.iterations(k)] = sol.diagnostics().iterations();
        out[at.binding(k)] = bindingMask(sol);
        out[at.illConditioned(k)] = sol.diagnostics().illConditioned() ? 1 : 0;
        for (int j = 0; j < ms.size(); j++) {
          out[at.value(k, j)] = ms.get(j).of(p.base(), sol);
        }
      } catch (SolverException e) {
        out[at.failed(k)] = 1;
        for (int j = 0; j < ms.size(); j++) {
          out[at.value(k, j)] = Double.NaN;
        }
      }
    }
  }

  /** Bit c set when capacity c of the solve binds; exact in a double for up to 52 caps. */
  private static double bindingMask(GsimSolution sol) {
    long mask = 0;
    for (int c = 0; c < Math.min(52, sol.capacities().size()); c++) {
      if (sol.capacities().get(c).binding()) {
        mask |= 1L << c;
      }
    }
    return mask;
  }

  /** Calibrates the draw's unknowns; null when a solve fails at the start values. */
  static CalibrationResult recalibrate(McProblem p, McProblem.Inputs in) {
    Recalibration rc = p.recalibration();
    ScenarioSpec spec = p.scenarios().stream().filter(s -> s.name().equals(rc.scenario())).findFirst()
        .orElseThrow();
    List<String> names = rc.names();
    Map<String, Double> drawn = in.overrides();
    ShockMap map = x -> {
      Map<String, Double> o = new HashMap<>(drawn);
      for (int u = 0; u < x.length; u++) {
        o.put(names.get(u), x[u]);
      }
      return spec.shock(p.base(), o);
    };
    List<Unknown> start = rc.unknowns().stream()
        .map(u -> p.overrides().containsKey(u.name()) ? u.startingAt(p.overrides().get(u.name())) : u)
        .toList();
    try {
      // the outcomes are only as exact as the solver's tolerance, so ask a little less of the fit
      return Calibrator.create().withSolver(p.solver()).withTolerance(Math.max(1e-8, 100 * p.tolerance()))
          .calibrate(p.base(), in.elasticities(), map, start,
          rc.targets());
    } catch (SolverException e) {
      return null;
    }
  }

  private static Map<String, Double> merged(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> m = new HashMap<>(a);
    m.putAll(b);
    return m;
  }

  /** Why draw {@code values} failed in scenario {@code k} (or its calibration), or null. */
  static String failure(McProblem p, double[] values, int k) {
    McProblem.Inputs in = p.inputs(values);
    Map<String, Double> overrides = in.overrides();
    if (p.recalibration() != null) {
      CalibrationResult r = recalibrate(p, in);
      if (r == null) {
        return "recalibration: the model could not be solved at the start values";
      }
      if (!r.converged()) {
        return "recalibration did not converge (" + r.note() + "), rmse " + r.rmse();
      }
      overrides = merged(overrides, r.overrides());
    }
    try {
      p.scenarios().get(k).shock(p.base(), overrides).solve(p.solver(), p.base(), in.elasticities());
      return null;
    } catch (SolverException e) {
      return e.getMessage();
    }
  }
}
