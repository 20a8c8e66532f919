package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.calibration.CalibrationResult;
import org.tradeshock.calibration.Calibrator;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.Target;
import org.tradeshock.calibration.Unknown;
import org.tradeshock.common.BadInputException;
import org.tradeshock.datasets.ElasticityEstimate;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobSpec;
import org.tradeshock.job.JobValidator;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.SolverException;
import org.tradeshock.model.TradeMatrix;
import org.tradeshock.uncertainty.McProblem;
import org.tradeshock.uncertainty.McSummary;
import org.tradeshock.uncertainty.MonteCarlo;
import org.tradeshock.uncertainty.Parameter;
import org.tradeshock.uncertainty.ParameterDistribution;
import org.tradeshock.uncertainty.Recalibration;
import org.tradeshock.uncertainty.Sensitivity;
import org.tradeshock.uncertainty.Sweep;
import org.tradeshock.uncertainty.TornadoBar;

/** The job's calibration and uncertainty steps, run through the scenario engine. */
final class EngineRuns {
  private EngineRuns() {}

  /**
   * Calibrates the job's unknown wedges and capacity limits; null when the job has no calibration
   * section.
   *
   * @throws SolverException when the calibration does not reproduce its targets, or a calibrated
   *     capacity does not bind at the fit (it is then not identified by the targets)
   */
  static CalibrationResult calibrate(Job job, EngineBridge bridge, TradeMatrix base, Elasticities el) {
    JobSpec.Calibration c = job.spec().calibration();
    if (c == null) {
      return null;
    }
    CalibrationResult r = Calibrator.create().calibrate(base, el,
        bridge.scenario(bridge.jobScenario(c.scenario())).mapping(base, c.unknowns()), unknowns(job, bridge, el),
        targets(job, bridge));
    if (!r.converged()) {
      throw new SolverException(String.format(Locale.ROOT,
          "calibration of %s in scenario '%s' did not reproduce its targets (rmse %.2e after %d iterations): %s."
              + " Check that the targets can be reached and that each unknown moves a different target.%s",
          c.unknowns(), c.scenario(), r.rmse(), r.iterations(), r.note(), slackCapacities(job, bridge, el, r)));
    }
    String slack = slackCapacities(job, bridge, el, r);
    if (!slack.isEmpty()) {
      throw new SolverException(String.format(Locale.ROOT, "calibration of %s in scenario '%s' fits its targets"
          + " without the capacity limit binding, so the targets do not identify the limit.%s", c.unknowns(),
          c.scenario(), slack));
    }
    return r;
  }

  /**
   * For each calibrated capacity that does not bind at {@code r}'s values, a sentence saying so;
   * empty when every one binds. A limit at or above the flow its routes carry without it leaves
   * the outcomes unchanged, so it cannot explain any part of the targets.
   */
  private static String slackCapacities(Job job, EngineBridge bridge, Elasticities el, CalibrationResult r) {
    StringBuilder out = new StringBuilder();
    String scenario = job.spec().calibration().scenario();
    for (String id : r.names()) {
      if (bridge.capacityLimit(id) == null) {
        continue;
      }
      double free = bridge.freeFlow(id, scenario, el, r.overrides());
      double limit = r.value(id);
      if (!(limit < free * (1 - 1e-9))) {
        double t = bridge.perTonne(id);
        out.append(String.format(Locale.ROOT, " Capacity '%s' does not bind at its best fit (%.3f Mt against a flow"
            + " of %.3f Mt without it): the other measures alone already lower the flow as far as the targets say or"
            + " further, and a capacity can only lower a flow.", id, limit / t / 1e6, free / t / 1e6));
      }
    }
    return out.toString();
  }

  /**
   * The calibration's unknowns: measure wedges start at the job's wedge; capacity limits (base-value
   * units) start at the job's limit or, where that would not bind, below the flow without the limit
   * ({@link EngineBridge#capacityStart}).
   */
  static List<Unknown> unknowns(Job job, EngineBridge bridge, Elasticities el) {
    List<Unknown> out = new ArrayList<>();
    String scenario = job.spec().calibration().scenario();
    for (String id : job.spec().calibration().unknowns()) {
      if (bridge.capacityLimit(id) != null) {
        out.add(Unknown.capacity(id, bridge.capacityStart(id, scenario, el)));
        continue;
      }
      JobSpec.Measure m = job.spec().measures().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      out.add(Unknown.wedge(id, JobValidator.parseWedge(m.wedge())));
    }
    return out;
  }

  static List<Target> targets(Job job, EngineBridge bridge) {
    return job.spec().calibration().targets().stream().map(bridge::target).toList();
  }

  /**
   * The Monte Carlo result and the tornado data of a run.
   *
   * @param summary the Monte Carlo summary
   * @param parameters the uncertain parameters
   * @param sweep every scenario and metric with each parameter at its low and high end
   * @param tornado the lead scenario's focus revenue against its reference, one bar per parameter
   * @param tornadoScenario the lead scenario's id
   * @param tornadoReference the id of the scenario it is compared with, or null for the base year
   * @param tornadoMetric the metric label of the tornado
   * @param partitions Spark partitions of the Monte Carlo
   * @param seconds wall time of the Monte Carlo
   */
  record Result(McSummary summary, List<Parameter> parameters, Sweep sweep, List<TornadoBar> tornado,
      String tornadoScenario, String tornadoReference, String tornadoMetric, int partitions, double seconds) {}

  /**
   * Runs the job's uncertainty analysis; null when the job has none. With {@code draws}, the Monte
   * Carlo on Spark and the one-at-a-time sweep (for the tornado); with {@code draws} null (method
   * one_at_a_time), the sweep alone, without Spark ({@code spark} may then be null).
   */
  static Result uncertainty(Job job, SparkSession spark, EngineBridge bridge, TradeMatrix base, Elasticities el,
      CalibrationResult cal, List<ElasticityEstimate> ranges, Integer draws) {
    JobSpec.Uncertainty u = job.spec().uncertainty();
    if (u == null) {
      return null;
    }
    McProblem p = problem(job, bridge, base, el, cal, ranges);
    int partitions = u.partitions() == null ? 8 : u.partitions();
    long start = System.nanoTime();
    McSummary mc = draws == null ? null : MonteCarlo.run(spark, p, draws, u.seed() == null ? 1L : u.seed(), partitions);
    String lead = leadScenario(job);
    String reference = bridge.references().get(lead);
    String revenue = p.metrics().get(1).label(base.regions());
    // The tornado measures what the headline states: the lead scenario against its comparison.
    Sweep sweep = Sensitivity.sweep(p);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<TornadoBar> tornado = sweep.tornado(lead, reference, revenue);
    return new Result(mc, p.parameters(), sweep, tornado, lead, reference, revenue, partitions, seconds);
  }

  /** The headline metrics, parameters, scenarios, comparisons and (re)calibration of the job's uncertainty. */
  static McProblem problem(Job job, EngineBridge bridge, TradeMatrix base, Elasticities el, CalibrationResult cal,
      List<ElasticityEstimate> ranges) {
    String focus = job.spec().focus().exporter();
    List<Outcome> metrics = List.of(Outcome.of(Outcome.Kind.EXPORT_VOLUME_CHANGE, base, focus),
        Outcome.of(Outcome.Kind.EXPORT_REVENUE_CHANGE, base, focus), Outcome.importPriceIndex());
    McProblem p = McProblem.of(base, el, bridge.scenarios(), metrics).withParameters(parameters(job, ranges))
        .withReferences(bridge.references());
    if (cal != null) {
      p = p.withOverrides(cal.overrides());
      if (Boolean.TRUE.equals(job.spec().uncertainty().recalibrate())) {
        // Each draw starts its re-fit from the central calibration, which is close for most draws.
        // A calibrated capacity keeps its bounds (> 0) and starts at the central limit too.
        List<Unknown> start = unknowns(job, bridge, el).stream().map(x -> x.startingAt(cal.value(x.name()))).toList();
        p = p.withRecalibration(new Recalibration(job.spec().calibration().scenario(), start, targets(job, bridge)));
      }
    }
    return p;
  }

  /** The run's uncertainty method: the command line's, else the job's, else monte_carlo. */
  static String method(Job job, RunSettings settings) {
    if (settings.method() != null) {
      return settings.method();
    }
    String m = job.spec().uncertainty() == null ? null : job.spec().uncertainty().method();
    return m == null ? JobValidator.MONTE_CARLO : m;
  }

  /** The Monte Carlo draws of a run: --draws, else uncertainty.draws (optional for one_at_a_time jobs). */
  static int draws(Job job, RunSettings settings) {
    Integer n = settings.draws() != null ? settings.draws() : job.spec().uncertainty().draws();
    if (n == null) {
      throw new BadInputException(job.file().toString(), "key uncertainty.draws",
          "missing; a Monte Carlo run needs draws: set uncertainty.draws or pass --draws N (10..1000000)");
    }
    return n;
  }

  /** The first scenario stated against another scenario (the flagship's US relief), else the last. */
  static String leadScenario(Job job) {
    List<JobSpec.Scenario> ss = job.spec().scenarios();
    return ss.stream().filter(s -> s.compareTo() != null && !JobValidator.BASE.equals(s.compareTo()))
        .map(JobSpec.Scenario::id).findFirst().orElse(ss.get(ss.size() - 1).id());
  }

  /** PERT distributions from the dataset's low and high and the job's central values. */
  static List<Parameter> parameters(Job job, List<ElasticityEstimate> ranges) {
    JobSpec.ElasticitySet c = job.spec().model().elasticities();
    String scope = job.spec().uncertainty().rangesScope();
    List<Parameter> out = new ArrayList<>();
    out.add(parameter(job, ranges, scope, "import_demand", Parameter.Kind.IMPORT_DEMAND, c.importDemand()));
    out.add(parameter(job, ranges, scope, "substitution", Parameter.Kind.SUBSTITUTION, c.substitution()));
    out.add(parameter(job, ranges, scope, "export_supply", Parameter.Kind.EXPORT_SUPPLY, c.exportSupply()));
    out.addAll(wedges(job));
    return out;
  }

  /** PERT distributions of the hand-set wedges the job lists, with the measure's wedge as mode. */
  static List<Parameter> wedges(Job job) {
    List<JobSpec.UncertainWedge> ws = job.spec().uncertainty().wedges();
    List<Parameter> out = new ArrayList<>();
    for (JobSpec.UncertainWedge w : ws == null ? List.<JobSpec.UncertainWedge>of() : ws) {
      JobSpec.Measure m = job.spec().measures().stream().filter(x -> x.id().equals(w.measure())).findFirst()
          .orElseThrow();
      double central = JobValidator.parseWedge(m.wedge());
      out.add(Parameter.measure(w.measure(), ParameterDistribution.pert(w.low(), central, w.high()), w.source()));
    }
    return out;
  }

  private static Parameter parameter(Job job, List<ElasticityEstimate> ranges, String scope, String name,
      Parameter.Kind kind, double central) {
    ElasticityEstimate e = ranges.stream().filter(r -> r.parameter().equals(name) && r.scope().equals(scope))
        .findFirst().orElseThrow(() -> new BadInputException(job.file().toString(), "key uncertainty.ranges_scope",
            "the elasticities dataset has no '" + name + "' row with scope '" + scope + "'"));
    if (!(e.low() < central && central < e.high())) {
      throw new BadInputException(job.file().toString(), "key model.elasticities." + name, String.format(Locale.ROOT,
          "%s is outside the range %s..%s of the elasticities dataset (scope %s); expected low < value < high",
          central, e.low(), e.high(), scope));
    }
    return Parameter.elasticity(name, kind, ParameterDistribution.pert(e.low(), central, e.high()),
        e.source() + (e.note() == null || e.note().isBlank() ? "" : ": " + e.note()));
  }
}
