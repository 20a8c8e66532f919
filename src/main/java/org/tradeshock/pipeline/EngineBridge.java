package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradeshock.calibration.Measure;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.ScenarioSpec;
import org.tradeshock.calibration.Target;
import org.tradeshock.common.BadInputException;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobSpec;
import org.tradeshock.job.JobValidator;
import org.tradeshock.model.Capacity;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.SolverException;
import org.tradeshock.model.TradeMatrix;

/**
 * Translates a job's measures, capacities, scenarios and calibration targets into the scenario
 * engine's types (calibration and Monte Carlo work on those).
 */
final class EngineBridge {
  /**
   * Where a calibrated capacity starts, as a share of the flow its routes carry without it: a limit
   * at or above that flow does not bind, so the outcomes do not move with it (a flat residual) and
   * the solver could not tell which way to go.
   */
  static final double START_BELOW_FREE_FLOW = 0.9;

  private final Job job;
  private final TradeMatrix base;
  private final double[] unitValue;
  private final Map<String, Double> limits;

  EngineBridge(Job job, TradeMatrix base, double[] unitValue) {
    this(job, base, unitValue, Map.of());
  }

  private EngineBridge(Job job, TradeMatrix base, double[] unitValue, Map<String, Double> limits) {
    this.job = job;
    this.base = base;
    this.unitValue = unitValue.clone();
    this.limits = Map.copyOf(limits);
  }

  /**
   * This bridge with calibrated capacity limits (base-value units) in place of the job's; entries
   * naming measures are ignored, so a calibration's overrides can be passed whole.
   */
  EngineBridge withLimits(Map<String, Double> calibrated) {
    Map<String, Double> caps = new HashMap<>();
    calibrated.forEach((id, v) -> {
      if (capacityLimit(id) != null) {
        caps.put(id, v);
      }
    });
    return new EngineBridge(job, base, unitValue, caps);
  }

  /** The job's capacity with this id, or null when the id is not a capacity. */
  JobSpec.CapacityLimit capacityLimit(String id) {
    List<JobSpec.CapacityLimit> caps = job.spec().capacities() == null ? List.of() : job.spec().capacities();
    return caps.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }

  /** Base-value units of quantity per tonne of the capacity's exporter (its base-year unit value). */
  double perTonne(String capacityId) {
    JobSpec.CapacityLimit c = capacityLimit(capacityId);
    return unitValue[base.indexOf(c.exporter())];
  }

  /**
   * The flow the capacity's routes carry in {@code scenarioId} with that capacity lifted (its other
   * limits kept), base-value units, with {@code overrides} for wedges and limits: the level above
   * which the capacity cannot bind.
   */
  double freeFlow(String capacityId, String scenarioId, Elasticities el, Map<String, Double> overrides) {
    ScenarioSpec s = scenario(jobScenario(scenarioId));
    Capacity cap = s.capacities().stream().filter(c -> c.id().equals(capacityId)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("capacity " + capacityId + " is not in force in " + scenarioId));
    ScenarioSpec without = new ScenarioSpec(s.name(), s.measures(),
        s.capacities().stream().filter(c -> !c.id().equals(capacityId)).toList());
    GsimSolution sol = without.shock(base, overrides).solve(GsimLevels.create(), base, el);
    double[][] q = sol.newQuantities();
    double flow = 0;
    for (int v = 0; v < base.size(); v++) {
      if (cap.covers(v)) {
        flow += q[cap.exporter()][v];
      }
    }
    return flow;
  }

  /**
   * The start of a calibrated capacity (base-value units): the job's limit where it binds in the
   * calibration scenario, else {@link #START_BELOW_FREE_FLOW} of the flow without it, so that the
   * solver starts where the limit moves the outcomes.
   *
   * @throws SolverException when the capacity's routes carry no flow there (it can never bind)
   */
  double capacityStart(String capacityId, String scenarioId, Elasticities el) {
    double free = freeFlow(capacityId, scenarioId, el, Map.of());
    double limit = capacity(capacityLimit(capacityId), job.spec().capacities().indexOf(capacityLimit(capacityId)))
        .limit();
    if (!(free > 0)) {
      throw new SolverException("capacity " + capacityId + " cannot be calibrated: its routes carry no flow in"
          + " scenario '" + scenarioId + "' even without the limit, so no limit can bind there");
    }
    return Math.min(limit, START_BELOW_FREE_FLOW * free);
  }

  /** The engine's scenario for a job scenario: its measures and the capacities active with them. */
  ScenarioSpec scenario(JobSpec.Scenario s) {
    List<String> ids = s.measures() == null ? List.of() : s.measures();
    List<Measure> ms = new ArrayList<>();
    for (JobSpec.Measure m : job.spec().measures() == null ? List.<JobSpec.Measure>of() : job.spec().measures()) {
      if (ids.contains(m.id())) {
        ms.add(measure(m));
      }
    }
    return new ScenarioSpec(s.id(), ms, capacities(s.id()));
  }

  /** Every scenario of the job, in order. */
  List<ScenarioSpec> scenarios() {
    return job.spec().scenarios().stream().map(this::scenario).toList();
  }

  JobSpec.Scenario jobScenario(String id) {
    return job.spec().scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private Measure measure(JobSpec.Measure m) {
    double w = JobValidator.parseWedge(m.wedge());
    boolean all = m.importers().contains(JobValidator.ALL);
    if (Double.isInfinite(w)) {
      List<String> imps = all ? others(m.exporter()) : m.importers();
      return Measure.embargo(base, m.id(), m.exporter(), imps);
    }
    return all ? Measure.exporterWide(base, m.id(), m.exporter(), w) : Measure.onRoutes(base, m.id(), m.exporter(), m.importers(), w);
  }

  private List<String> others(String exporter) {
    return base.regions().stream().filter(r -> !r.equals(exporter)).toList();
  }

  /** The capacity limits in force in a scenario (those active with any of its measures). */
  List<Capacity> capacities(String scenarioId) {
    List<JobSpec.CapacityLimit> caps = job.spec().capacities() == null ? List.of() : job.spec().capacities();
    JobSpec.Scenario s = jobScenario(scenarioId);
    List<String> inForce = s.measures() == null ? List.of() : s.measures();
    List<Capacity> out = new ArrayList<>();
    for (int k = 0; k < caps.size(); k++) {
      JobSpec.CapacityLimit c = caps.get(k);
      boolean active = c.activeWith() == null || c.activeWith().isEmpty()
          || c.activeWith().stream().anyMatch(inForce::contains);
      if (active) {
        out.add(capacity(c, k));
      }
    }
    return out;
  }

  private Capacity capacity(JobSpec.CapacityLimit c, int k) {
    int i = base.indexOf(c.exporter());
    if (!(unitValue[i] > 0)) {
      throw new BadInputException(job.file().toString(), "key capacities[" + k + "].limit_tonnes",
          "a limit in tonnes needs tonnes in the baseline (an estimated baseline from trade totals), but " + c.exporter()
              + " has no unit value");
    }
    Double calibrated = limits.get(c.id());
    double limit = calibrated != null ? calibrated
        : c.limitTonnes() * unitValue[i]; // base-value units: USD at base world prices
    boolean all = c.importers() == null || c.importers().isEmpty() || c.importers().contains(JobValidator.ALL);
    return all ? Capacity.exporterWide(base, c.id(), c.exporter(), limit)
        : Capacity.onRoutes(base, c.id(), c.exporter(), c.importers(), limit);
  }

  /** A calibration target as the engine's target. */
  Target target(JobSpec.Target t) {
    return Target.of(t.id(), outcome(t.metric(), t.region()), t.value());
  }

  Outcome outcome(String metric, String region) {
    return switch (metric) {
      case "export_volume" -> Outcome.of(Outcome.Kind.EXPORT_VOLUME_CHANGE, base, region);
      case "export_share" -> Outcome.of(Outcome.Kind.EXPORT_SHARE, base, region);
      case "import_price" -> Outcome.of(Outcome.Kind.COMPOSITE_PRICE_CHANGE, base, region);
      case "market_price" -> Outcome.importPriceIndex();
      default -> throw new IllegalArgumentException("unknown metric " + metric);
    };
  }

  /** Scenario id to the id of the scenario it is compared with (omitting the base). */
  Map<String, String> references() {
    Map<String, String> refs = new HashMap<>();
    for (JobSpec.Scenario s : job.spec().scenarios()) {
      if (s.compareTo() != null && !JobValidator.BASE.equals(s.compareTo())) {
        refs.put(s.id(), s.compareTo());
      }
    }
    return refs;
  }

  /** The job's measures with calibrated wedges written in, for the deterministic scenario runs. */
  List<JobSpec.Measure> withWedges(Map<String, Double> calibrated) {
    List<JobSpec.Measure> out = new ArrayList<>();
    for (JobSpec.Measure m : job.spec().measures() == null ? List.<JobSpec.Measure>of() : job.spec().measures()) {
      Double w = calibrated.get(m.id());
      out.add(w == null ? m : new JobSpec.Measure(m.id(), m.label(), m.exporter(), m.importers(), Double.toString(w),
          m.rationale(), m.events(), m.collected()));
    }
    return out;
  }
}
