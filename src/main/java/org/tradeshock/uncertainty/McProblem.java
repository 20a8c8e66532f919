package org.tradeshock.uncertainty;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.ScenarioSpec;
import org.tradeshock.common.Checks;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.TradeMatrix;

/**
 * Everything a Monte Carlo draw needs, serializable so Spark can ship it to executors: base matrix,
 * central elasticities, central overrides of wedges and caps (e.g. calibrated values), uncertain
 * parameters, scenarios, the reference scenario of each comparison, headline metrics and solver
 * settings.
 *
 * @param base the base matrix
 * @param elasticities central elasticities
 * @param overrides central wedge or capacity values by measure name or capacity id (calibrated)
 * @param parameters uncertain parameters, drawn in this order (names unique)
 * @param scenarios scenarios solved in every draw (names unique)
 * @param references scenario name to the scenario it is compared with, e.g. "US relief" to
 *     "sanctioned"; the summary gives intervals of the per-draw differences
 * @param metrics headline outputs computed in every scenario
 * @param tolerance levels solver tolerance, &gt; 0
 * @param maxIterations levels solver iteration limit, &gt;= 1
 * @param recalibration calibration re-run in every draw, or null for none
 */
public record McProblem(TradeMatrix base, Elasticities elasticities, Map<String, Double> overrides,
    List<Parameter> parameters, List<ScenarioSpec> scenarios, Map<String, String> references,
    List<Outcome> metrics, double tolerance, int maxIterations, Recalibration recalibration)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates names and references and copies the collections. */
  public McProblem {
    java.util.Objects.requireNonNull(base, "base");
    elasticities.requireSize(base.regions());
    overrides = Map.copyOf(overrides);
    parameters = List.copyOf(parameters);
    scenarios = List.copyOf(scenarios);
    references = Map.copyOf(references);
    metrics = List.copyOf(metrics);
    Checks.check(!scenarios.isEmpty() && !metrics.isEmpty(),
        "a Monte Carlo problem needs scenarios and metrics but has %d and %d", scenarios.size(),
        metrics.size());
    List<String> names = scenarios.stream().map(ScenarioSpec::name).toList();
    Checks.check(names.stream().distinct().count() == names.size(), "scenario names must be unique: %s", names);
    Checks.check(parameters.stream().map(Parameter::name).distinct().count() == parameters.size(),
        "parameter names must be unique: %s", parameters.stream().map(Parameter::name).toList());
    for (Map.Entry<String, String> e : references.entrySet()) {
      Checks.check(names.contains(e.getKey()) && names.contains(e.getValue()),
          "reference %s -> %s names a scenario that is not one of %s", e.getKey(), e.getValue(), names);
    }
    Checks.positive("tolerance", tolerance);
    Checks.check(maxIterations >= 1, "maxIterations must be >= 1 but was %d", maxIterations);
    Checks.check(recalibration == null || names.contains(recalibration.scenario()),
        "recalibration scenario '%s' is not one of %s",
        recalibration == null ? "" : recalibration.scenario(), names);
    checkNamesExist(scenarios, overrides.keySet(), "override");
    checkNamesExist(scenarios, parameters.stream().filter(p -> p.kind() == Parameter.Kind.MEASURE)
        .map(Parameter::name).toList(), "wedge parameter");
    if (recalibration != null) {
      checkNamesExist(scenarios, recalibration.names(), "recalibrated unknown");
    }
  }

  /** A name that overrides nothing is a typo that would silently leave a wedge unchanged. */
  private static void checkNamesExist(List<ScenarioSpec> scenarios, java.util.Collection<String> names,
      String what) {
    java.util.Set<String> known = new java.util.TreeSet<>();
    for (ScenarioSpec s : scenarios) {
      s.measures().forEach(m -> known.add(m.name()));
      s.capacities().forEach(c -> known.add(c.id()));
    }
    for (String n : names) {
      Checks.check(known.contains(n), "%s '%s' names no measure or capacity of any scenario: expected one of %s",
          what, n, known);
    }
  }

  /** A problem without uncertain parameters or references, solver tolerance 1e-10, 100 iterations. */
  public static McProblem of(TradeMatrix base, Elasticities elasticities, List<ScenarioSpec> scenarios,
      List<Outcome> metrics) {
    return new McProblem(base, elasticities, Map.of(), List.of(), scenarios, Map.of(), metrics, 1e-10, 100,
        null);
  }

  /** A copy with these uncertain parameters. */
  public McProblem withParameters(List<Parameter> p) {
    return new McProblem(base, elasticities, overrides, p, scenarios, references, metrics, tolerance,
        maxIterations, recalibration);
  }

  /** A copy with these central overrides (e.g. {@code calibrationResult.overrides()}). */
  public McProblem withOverrides(Map<String, Double> o) {
    return new McProblem(base, elasticities, o, parameters, scenarios, references, metrics, tolerance,
        maxIterations, recalibration);
  }

  /** A copy with these scenario comparisons (scenario to its reference). */
  public McProblem withReferences(Map<String, String> r) {
    return new McProblem(base, elasticities, overrides, parameters, scenarios, r, metrics, tolerance,
        maxIterations, recalibration);
  }

  /** A copy with other solver settings. */
  public McProblem withSolver(double tol, int maxIter) {
    return new McProblem(base, elasticities, overrides, parameters, scenarios, references, metrics, tol,
        maxIter, recalibration);
  }

  /** A copy that re-runs this calibration in every draw (null: none). */
  public McProblem withRecalibration(Recalibration r) {
    return new McProblem(base, elasticities, overrides, parameters, scenarios, references, metrics,
        tolerance, maxIterations, r);
  }

  /** A copy with other headline metrics. */
  public McProblem withMetrics(List<Outcome> m) {
    return new McProblem(base, elasticities, overrides, parameters, scenarios, references, m, tolerance,
        maxIterations, recalibration);
  }

  /** The levels solver these settings describe. */
  GsimLevels solver() {
    return GsimLevels.create().withTolerance(tolerance).withMaxIterations(maxIterations);
  }

  /** Each parameter's central value (the mode of its range). */
  double[] centralValues() {
    return parameters.stream().mapToDouble(p -> p.distribution().mode()).toArray();
  }

  /** One value per parameter, drawn in order from {@code rng}. */
  double[] sample(SplittableRandom rng) {
    double[] v = new double[parameters.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = parameters.get(k).distribution().sample(rng);
    }
    return v;
  }

  /** Elasticities and overrides of one draw. */
  record Inputs(Elasticities elasticities, Map<String, Double> overrides) {}

  /** The model inputs when the parameters take {@code values}. */
  Inputs inputs(double[] values) {
    double[] em = elasticities.importDemand();
    double[] es = elasticities.substitution();
    double[] ex = elasticities.exportSupply();
    Map<String, Double> o = new HashMap<>(overrides);
    for (int k = 0; k < values.length; k++) {
      Parameter p = parameters.get(k);
      double[] target = switch (p.kind()) {
        case IMPORT_DEMAND -> em;
        case SUBSTITUTION -> es;
        case EXPORT_SUPPLY -> ex;
        case MEASURE -> null;
      };
      if (target == null) {
        o.put(p.name(), values[k]);
        continue;
      }
      for (int r = 0; r < target.length; r++) {
        if (p.covers(r)) {
          target[r] = values[k];
        }
      }
    }
    return new Inputs(new Elasticities(em, es, ex), o);
  }
}
