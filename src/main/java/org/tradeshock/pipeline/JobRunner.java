package org.tradeshock.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.claims.ClaimChecker;
import org.tradeshock.claims.ClaimVerdict;
import org.tradeshock.ingest.SparkSessions;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobSpec;
import org.tradeshock.job.JobValidator;
import java.util.Map;
import org.tradeshock.calibration.CalibrationResult;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.TradeMatrix;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimLinear;
import org.tradeshock.model.GsimModel;
import org.tradeshock.scenario.ScenarioRunner;
import org.tradeshock.scenario.ScenarioSet;

/**
 * Runs a validated job end to end: inputs (Spark for trade tables), baseline, scenarios, claims,
 * evidence, report. The report folder appears only when every step succeeded.
 */
public final class JobRunner {
  private JobRunner() {}

  /**
   * Runs {@code job}.
   *
   * @param job a validated job
   * @param settings master, reports root, run id, clock
   * @param progress receives one line per step, for the terminal
   * @return where the report is, and a summary
   * @throws org.tradeshock.common.BadInputException for bad datasets (exit code 2)
   */
  public static RunResult run(Job job, RunSettings settings, Consumer<String> progress) {
    Instant start = settings.clock().instant();
    Preflight.check(job);
    progress.accept("reading inputs (Spark " + settings.master() + ")");
    SparkSession spark = SparkSessions.open(settings.master(), "tradeshock " + job.name());
    Analysis analysis;
    try {
      analysis = analyse(job, spark, settings, start, progress);
    } finally {
      spark.stop();
    }
    progress.accept("writing report");
    Path dir = ReportAssembler.write(analysis, settings);
    return new RunResult(dir, Summary.text(analysis));
  }

  private static Analysis analyse(Job job, SparkSession spark, RunSettings settings, Instant start,
      Consumer<String> progress) {
    RunInputs inputs = RunInputs.read(job, spark);
    JobSpec spec = job.spec();
    TradeMatrix base = inputs.baseline().matrix();
    Elasticities el = ElasticityResolver.resolve(spec.model(), base.regions());
    EngineBridge bridge = new EngineBridge(job, base, inputs.baseline().unitValue());
    CalibrationResult cal = null;
    if (spec.calibration() != null) {
      progress.accept("calibrating " + spec.calibration().unknowns() + " to " + spec.calibration().targets().size()
          + " observed outcome(s)");
      cal = EngineRuns.calibrate(job, bridge, base, el);
    }
    List<JobSpec.Measure> measures = bridge.withWedges(cal == null ? Map.of() : cal.overrides());
    GsimModel model = "linear".equals(spec.model().form()) ? GsimLinear.create() : GsimLevels.create();
    progress.accept("solving " + spec.scenarios().size() + " scenarios with " + model.name()
        + " on " + base.size() + " regions");
    // Calibrated capacity limits replace the job's in every scenario, as calibrated wedges do.
    EngineBridge solved = cal == null ? bridge : bridge.withLimits(cal.overrides());
    ScenarioSet set = ScenarioRunner.with(model).withCapacities(solved::capacities)
        .run(base, el, measures, spec.scenarios());
    EngineRuns.Result mc = null;
    if (spec.uncertainty() != null && JobValidator.ONE_AT_A_TIME.equals(EngineRuns.method(job, settings))) {
      progress.accept("one-at-a-time sensitivity: each parameter at its low and high end, no Monte Carlo");
      mc = EngineRuns.uncertainty(job, null, bridge, base, el, cal, inputs.data().elasticities(), null);
    } else if (spec.uncertainty() != null) {
      int draws = EngineRuns.draws(job, settings);
      progress.accept("Monte Carlo: " + draws + " draws x " + spec.scenarios().size() + " scenarios on Spark");
      mc = EngineRuns.uncertainty(job, spark, bridge, base, el, cal, inputs.data().elasticities(), draws);
    }
    List<ClaimVerdict> verdicts = new ClaimChecker(inputs.data()).checkAll();
    progress.accept("checked " + verdicts.size() + " claims");
    return new Analysis(job, inputs, el, measures, set, verdicts, observed(job, inputs, set), cal, mc,
        settings.master(), start);
  }

  private static ObservedCheck observed(Job job, RunInputs inputs, ScenarioSet set) {
    JobSpec.Evidence ev = job.spec().evidence();
    if (ev == null || inputs.data().tradeTotals().isEmpty()) {
      return null;
    }
    JobSpec.Focus f = job.spec().focus();
    String priceRegion = f.priceRegion() == null ? f.exporter() : f.priceRegion();
    return ObservedCheck.compute(f.exporter(), ev.product(), ev.before(), ev.after(), inputs.data().tradeTotals(),
        inputs.members().get(f.exporter()), inputs.data().prices(), set.fromBase(ev.scenario()),
        set.base().indexOf(f.exporter()), priceRegion, set.base().indexOf(priceRegion),
        calibratedMetrics(job.spec(), ev.scenario(), f.exporter(), priceRegion));
  }

  /**
   * The metrics the calibration targets in {@code scenario} for the focus exporter (export volume and
   * share), the price region (its import price) or the world (market price): those agree with the data
   * by construction.
   */
  static Set<String> calibratedMetrics(JobSpec spec, String scenario, String exporter, String priceRegion) {
    JobSpec.Calibration c = spec.calibration();
    if (c == null || !scenario.equals(c.scenario())) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (JobSpec.Target t : c.targets()) {
      boolean match = switch (t.metric()) {
        case "export_volume", "export_share" -> exporter.equals(t.region());
        case "import_price" -> priceRegion.equals(t.region());
        case "market_price" -> true;
        default -> false;
      };
      if (match) {
        out.add(t.metric());
      }
    }
    return out;
  }
}
