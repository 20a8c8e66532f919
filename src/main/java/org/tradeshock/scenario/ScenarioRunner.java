package org.tradeshock.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeshock.job.JobSpec;
import org.tradeshock.job.JobValidator;
import java.util.function.Function;
import org.tradeshock.model.Capacity;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimModel;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.TradeMatrix;

/**
 * Solves every scenario of a job from the same base matrix and states each against its reference.
 *
 * <p>All scenarios are solved from the base year, so comparative statics between any two are exact
 * in the levels form: "US relief compared with the sanctioned state" is the ratio of the two
 * solved states, not a second solve from the sanctioned state.
 */
public final class ScenarioRunner {
  private final GsimModel model;
  private final Function<String, List<Capacity>> capacities;

  private ScenarioRunner(GsimModel model, Function<String, List<Capacity>> capacities) {
    this.model = model;
    this.capacities = capacities;
  }

  /** A runner using {@code model} for every scenario, without capacity limits. */
  public static ScenarioRunner with(GsimModel model) {
    return new ScenarioRunner(model, id -> List.of());
  }

  /**
   * This runner with capacity limits per scenario id (levels form only: the limits are passed to
   * {@link GsimLevels#withCapacities}).
   */
  public ScenarioRunner withCapacities(Function<String, List<Capacity>> byScenario) {
    return new ScenarioRunner(model, byScenario);
  }

  private GsimModel modelFor(String scenarioId) {
    List<Capacity> caps = capacities.apply(scenarioId);
    if (caps.isEmpty()) {
      return model;
    }
    if (!(model instanceof GsimLevels levels)) {
      throw new IllegalArgumentException("capacity limits need the levels model form, not " + model.name());
    }
    return levels.withCapacities(caps);
  }

  /**
   * Solves the scenarios.
   *
   * @param base base matrix
   * @param elasticities elasticities per region
   * @param measures the job's measures
   * @param scenarios the job's scenarios (validated)
   * @return one result per scenario, in job order
   */
  public ScenarioSet run(TradeMatrix base, Elasticities elasticities, List<JobSpec.Measure> measures,
      List<JobSpec.Scenario> scenarios) {
    Wedges wedges = Wedges.of(base, measures);
    Outcome baseOutcome = Outcome.base(base);
    Map<String, Outcome> solved = new LinkedHashMap<>();
    for (JobSpec.Scenario s : scenarios) {
      List<String> ms = s.measures() == null ? List.of() : s.measures();
      double[][] t1 = wedges.powers(ms);
      GsimSolution sol = modelFor(s.id()).solve(base, elasticities, t1);
      Outcome o = Outcome.of(s.id(), s.label() == null ? s.id() : s.label(), sol);
      solved.put(s.id(), o.withDissipatedWedges(t1, wedges.collectedPowers(ms)));
    }
    double[] shares = exportShares(base);
    double[] importShares = importShares(base);
    Map<String, Delta> deltas = new LinkedHashMap<>();
    for (JobSpec.Scenario s : scenarios) {
      String ref = s.compareTo() == null ? JobValidator.BASE : s.compareTo();
      Outcome reference = JobValidator.BASE.equals(ref) ? baseOutcome : solved.get(ref);
      deltas.put(s.id(), new Delta(solved.get(s.id()), reference, shares, importShares));
    }
    return new ScenarioSet(base, baseOutcome, solved, deltas, model.name());
  }

  /** Base import value shares at internal prices: the weights of the market price index. */
  static double[] importShares(TradeMatrix m) {
    return shares(m.size(), m::importTotalInternal);
  }

  /** Base export value shares: the weights of the world (fob) price index. */
  static double[] exportShares(TradeMatrix m) {
    return shares(m.size(), m::exportTotal);
  }

  private static double[] shares(int n, java.util.function.IntToDoubleFunction total) {
    double[] s = new double[n];
    double sum = 0;
    for (int r = 0; r < n; r++) {
      s[r] = total.applyAsDouble(r);
      sum += s[r];
    }
    for (int r = 0; r < n; r++) {
      s[r] /= sum;
    }
    return s;
  }
}
