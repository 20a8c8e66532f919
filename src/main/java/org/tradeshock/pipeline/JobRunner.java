package org.tradeshock.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.claims.ClaimChecker;
import org.tradeshock.claims.ClaimVerdict;
import org.tradeshock.ingest.SparkSessions;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobSpec;
import org.tradeshock.model.Elasticities;
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
    progress.accept("reading inputs (Spark " + settings.master() + ")");
    RunInputs inputs;
    SparkSession spark = SparkSessions.open(settings.master(), "tradeshock " + job.name());
    try {
      inputs = RunInputs.read(job, spark);
    } finally {
      spark.stop();
    }
    JobSpec spec = job.spec();
    List<String> regions = inputs.baseline().matrix().regions();
    Elasticities el = ElasticityResolver.resolve(spec.model(), regions);
    GsimModel model = "linear".equals(spec.model().form()) ? GsimLinear.create() : GsimLevels.create();
    progress.accept("solving " + spec.scenarios().size() + " scenarios with " + model.name()
        + " on " + regions.size() + " regions");
    ScenarioSet set = ScenarioRunner.with(model).run(inputs.baseline().matrix(), el,
        spec.measures() == null ? List.of() : spec.measures(), spec.scenarios());
    List<ClaimVerdict> verdicts = new ClaimChecker(inputs.data()).checkAll();
    progress.accept("checked " + verdicts.size() + " claims");
    ObservedCheck observed = observed(job, inputs, set);
    Analysis analysis = new Analysis(job, inputs, el, set, verdicts, observed, settings.master(), start);
    progress.accept("writing report");
    Path dir = ReportAssembler.write(analysis, settings);
    return new RunResult(dir, Summary.text(analysis));
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
        set.base().indexOf(f.exporter()), set.base().indexOf(priceRegion));
  }
}
