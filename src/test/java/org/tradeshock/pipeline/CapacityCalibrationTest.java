package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeshock.calibration.CalibrationResult;
import org.tradeshock.calibration.PotashFixture;
import org.tradeshock.calibration.Unknown;
import org.tradeshock.datasets.BundledDatasets;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobLoader;
import org.tradeshock.job.JobSpec;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.SolverException;
import org.tradeshock.model.TradeMatrix;
import org.tradeshock.scenario.ScenarioRunner;
import org.tradeshock.scenario.ScenarioSet;
import org.tradeshock.uncertainty.Sweep;

/**
 * A capacity as a calibration unknown through the job path (EngineBridge and EngineRuns), on the
 * 13-region potash fixture with the capacity job's measures and scenarios, without Spark.
 */
class CapacityCalibrationTest {
  private static final TradeMatrix BASE = PotashFixture.base();
  private static final double PER_TONNE = PotashFixture.USD_PER_MT / 1e6; // USD per tonne
  private static final int BLR = BASE.indexOf("BLR");
  private static final Job JOB = JobLoader.load(Path.of("jobs", "potash-us-relief-capacity.yaml"));

  private static EngineBridge bridge(Job job) {
    double[] unitValue = new double[BASE.size()];
    Arrays.fill(unitValue, PER_TONNE);
    return new EngineBridge(job, BASE, unitValue);
  }

  private static Elasticities el(Job job) {
    return ElasticityResolver.resolve(job.spec().model(), BASE.regions());
  }

  /** BLR's export volume change in the sanctioned scenario with the route capacity at {@code tonnes}. */
  private static double sanctionedVolume(Job job, double tonnes) {
    EngineBridge b = bridge(job).withLimits(Map.of("russian-routes", tonnes * PER_TONNE));
    GsimSolution s = b.scenario(b.jobScenario("sanctioned")).shock(BASE).solve(GsimLevels.create(), BASE, el(job));
    return s.exportVolume(BLR) / BASE.exportTotal(BLR) - 1;
  }

  /** The job with another target value and capacity figure (limit_tonnes, the solver's start). */
  private static Job with(Job job, double target, double limitTonnes) {
    JobSpec sp = job.spec();
    JobSpec.Calibration c = sp.calibration();
    JobSpec.Target t = c.targets().get(0);
    JobSpec.Calibration c2 = new JobSpec.Calibration(c.scenario(), c.unknowns(),
        List.of(new JobSpec.Target(t.id(), t.metric(), t.region(), target, t.source())), c.alternative());
    JobSpec.CapacityLimit k = sp.capacities().get(0);
    List<JobSpec.CapacityLimit> caps = List.of(new JobSpec.CapacityLimit(k.id(), k.label(), k.exporter(), k.importers(),
        limitTonnes, k.activeWith(), k.rationale()));
    JobSpec s2 = new JobSpec(sp.job(), sp.title(), sp.question(), sp.datasets(), sp.spark(), sp.baseline(), sp.model(),
        sp.measures(), sp.scenarios(), sp.focus(), sp.evidence(), caps, c2, sp.uncertainty(), sp.commodity(), sp.notes());
    return new Job(job.file(), job.sha256(), s2, job.datasets());
  }

  @Test
  void recoversACapacityFromOutcomesTheModelGenerated() {
    // "Observed": the sanctioned state with the routes capped at 3.6 Mt (an arbitrary known value, below
    // the fixture's flow without the cap); the job's own figure, 3 Mt, is where the solver starts.
    double truth = 3.6e6;
    double observed = sanctionedVolume(JOB, truth);
    Job job = with(JOB, observed, 3.0e6);
    CalibrationResult r = EngineRuns.calibrate(job, bridge(job), BASE, el(job));
    // The calibrator stops at a scaled residual of 1e-10; the volume moves one for one with the cap.
    assertEquals(truth, r.value("russian-routes") / PER_TONNE, 1e-6 * truth);
    assertEquals(observed, r.fits().get(0).fitted(), 1e-9);
  }

  @Test
  void aJobFigureAboveTheFreeFlowStartsBelowItAndStillRecoversTheCapacity() {
    // A job figure of 12 Mt is above what Belarus ships in the fixture's sanctioned state without the cap
    // (its base is 10.3 Mt), where the residual is flat in the limit; the start must lie below that flow.
    double truth = 3.6e6;
    Job job = with(JOB, sanctionedVolume(JOB, truth), 12e6);
    EngineBridge b = bridge(job);
    Elasticities el = el(job);
    double free = b.freeFlow("russian-routes", "sanctioned", el, Map.of());
    assertTrue(free < 12e6 * PER_TONNE, "the fixture's free flow must be below 12 Mt for this test: " + free / PER_TONNE);
    Unknown start = EngineRuns.unknowns(job, b, el).get(0);
    assertEquals(EngineBridge.START_BELOW_FREE_FLOW * free, start.initial(), 1e-9 * free);
    assertTrue(start.lower() > 0, "a capacity stays positive");
    assertEquals(truth, EngineRuns.calibrate(job, b, BASE, el).value("russian-routes") / PER_TONNE, 1e-6 * truth);
  }

  @Test
  void saysClearlyWhenACapacityCannotExplainTheTarget() {
    // Without the cap, the hand-set wedges and embargoes alone lower BLR's exports further than -1%; a
    // cap can only lower a flow, so no limit reproduces a drop that small.
    double free = sanctionedVolume(JOB, 1e12);
    assertTrue(free < -0.01, "the wedges alone must lower BLR's volume by more than 1% here: " + free);
    Job job = with(JOB, -0.01, 3.0e6);
    SolverException e = assertThrows(SolverException.class,
        () -> EngineRuns.calibrate(job, bridge(job), BASE, el(job)));
    assertTrue(e.getMessage().contains("Capacity 'russian-routes' does not bind at its best fit"), e.getMessage());
  }

  @Test
  void theScenariosUseTheCalibratedLimitAndUsReliefMovesNoVolumeWhileItBinds() {
    EngineBridge b = bridge(JOB);
    Elasticities el = el(JOB);
    CalibrationResult cal = EngineRuns.calibrate(JOB, b, BASE, el);
    ScenarioSet set = ScenarioRunner.with(GsimLevels.create()).withCapacities(b.withLimits(cal.overrides())::capacities)
        .run(BASE, el, b.withWedges(cal.overrides()), JOB.spec().scenarios());
    for (String s : List.of("sanctioned", "us-relief")) {
      var cap = set.outcomes().get(s).capacities().get(0);
      assertEquals(cal.value("russian-routes"), cap.limit(), 0, s + ": the calibrated limit, not the job's 3 Mt");
      assertTrue(cap.binding() && cap.shadowPrice() > 0, s + ": " + cap);
    }
    // Exporter-wide binding cap: BLR's exports equal the limit in both states. The solver's complementarity
    // tolerance is far below 1e-9 of the flow.
    assertEquals(0, set.deltas().get("us-relief").volume(BLR), 1e-9);
    assertTrue(set.outcomes().get("us-relief").capacities().get(0).shadowPrice()
        > set.outcomes().get("sanctioned").capacities().get(0).shadowPrice(), "US relief raises the rent");
  }

  @Test
  void eachPointOfTheSweepRecalibratesTheCapacity() {
    EngineBridge b = bridge(JOB);
    Elasticities el = el(JOB);
    CalibrationResult cal = EngineRuns.calibrate(JOB, b, BASE, el);
    EngineRuns.Result oat = EngineRuns.uncertainty(JOB, null, b, BASE, el, cal,
        BundledDatasets.loadElasticities(Path.of("datasets", "elasticities.csv")), null);
    Sweep s = oat.sweep();
    assertEquals(List.of("russian-routes"), s.unknowns());
    // The cap covers all of BLR's exports and the target is BLR's export volume, so the re-fitted limit is
    // the target volume at every point, whatever the elasticities and the drawn financial wedge.
    for (int p = 0; p < s.parameters().size(); p++) {
      for (Sweep.End end : Sweep.End.values()) {
        assertEquals(cal.value("russian-routes"), s.calibrated(p, end, "russian-routes"),
            1e-6 * cal.value("russian-routes"), s.parameters().get(p).name() + " " + end);
        assertEquals(0, s.relative(p, end, "us-relief", "sanctioned", s.metrics().get(0)), 1e-8,
            s.parameters().get(p).name() + " " + end);
      }
    }
  }
}
