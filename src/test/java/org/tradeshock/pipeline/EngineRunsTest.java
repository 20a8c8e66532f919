package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeshock.calibration.CalibrationResult;
import org.tradeshock.calibration.PotashFixture;
import org.tradeshock.common.BadInputException;
import org.tradeshock.datasets.BundledDatasets;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobLoader;
import org.tradeshock.job.JobValidator;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.TradeMatrix;
import org.tradeshock.report.Table;
import org.tradeshock.scenario.Delta;
import org.tradeshock.scenario.ScenarioRunner;
import org.tradeshock.scenario.ScenarioSet;
import org.tradeshock.uncertainty.Parameter;
import org.tradeshock.uncertainty.TornadoBar;

/**
 * The flagship job's uncertainty step without Spark: its scenarios, measures and ranges on the
 * 13-region potash fixture (the flagship's regions), one parameter at a time.
 */
class EngineRunsTest {
  private static final TradeMatrix BASE = PotashFixture.base();
  private static Job job;
  private static EngineBridge bridge;
  private static Elasticities el;
  private static CalibrationResult cal;
  private static EngineRuns.Result oat;

  @BeforeAll
  static void runOneAtATime() {
    job = JobLoader.load(Path.of("jobs", "potash-us-relief.yaml"));
    double[] unitValue = new double[BASE.size()];
    Arrays.fill(unitValue, PotashFixture.USD_PER_MT / 1e6); // USD per tonne
    bridge = new EngineBridge(job, BASE, unitValue);
    el = ElasticityResolver.resolve(job.spec().model(), BASE.regions());
    cal = EngineRuns.calibrate(job, bridge, BASE, el);
    oat = EngineRuns.uncertainty(job, null, bridge, BASE, el, cal,
        BundledDatasets.loadElasticities(Path.of("datasets", "elasticities.csv")), null);
  }

  @Test
  void theJobsHandSetWedgeIsAParameterWithTheJobsRangeAndSource() {
    Parameter w = oat.parameters().get(3);
    assertEquals("us-financial", w.name());
    assertEquals(Parameter.Kind.MEASURE, w.kind());
    // jobs/potash-us-relief.yaml: wedge 0.10, uncertainty.wedges low 0.0, high 0.2
    assertEquals(0.0, w.distribution().low(), 0);
    assertEquals(0.10, w.distribution().mode(), 1e-15);
    assertEquals(0.2, w.distribution().high(), 0);
    assertTrue(w.source().startsWith("assumption"), w.source());
  }

  @Test
  void oneAtATimeRunsNoMonteCarloAndItsTornadoIsTheHeadlinesComparison() {
    assertNull(oat.summary(), "no draws");
    assertEquals("us-relief", oat.tornadoScenario());
    assertEquals("sanctioned", oat.tornadoReference());
    // The deterministic scenario run the headline reports: US relief against the sanctioned state.
    ScenarioSet set = ScenarioRunner.with(GsimLevels.create()).withCapacities(bridge::capacities)
        .run(BASE, el, bridge.withWedges(cal.overrides()), job.spec().scenarios());
    Delta relief = set.deltas().get("us-relief");
    double headline = relief.revenue(BASE.indexOf("BLR"));
    for (TornadoBar b : oat.tornado()) {
      assertEquals(headline, b.central(), 1e-7, b.toString());
    }
    // US relief removes the us-financial wedge, so its range moves the relief effect, upwards.
    TornadoBar financial = oat.tornado().stream().filter(b -> b.parameter().equals("us-financial")).findFirst()
        .orElseThrow();
    assertTrue(financial.highOutput() > headline && headline > financial.lowOutput(), financial.toString());
  }

  @Test
  void theSensitivityTableGivesEveryComparedScenarioAndMetricAtBothEnds() {
    Table t = SensitivityTable.build(job, oat);
    // 4 columns + low and high for 4 parameters
    assertEquals(4 + 2 * 4, t.columns().size());
    // 5 scenarios (the pre-sanction base is left out) x 3 metrics, plus the re-calibrated Klaipeda wedge
    assertEquals(5 * 3 + 1, t.rows().size());
    List<Table.Cell> revenue = t.rows().stream()
        .filter(r -> r.get(0).text().startsWith("US relief (") && r.get(2).text().equals("BLR export revenue"))
        .findFirst().orElseThrow();
    assertEquals("Sanctioned state (2022-2025)", revenue.get(1).text());
    TornadoBar financial = oat.tornado().stream().filter(b -> b.parameter().equals("us-financial")).findFirst()
        .orElseThrow();
    int col = 4 + 2 * 3; // us-financial is the 4th parameter
    assertEquals(financial.lowOutput(), revenue.get(col).value(), 1e-15);
    assertEquals(financial.highOutput(), revenue.get(col + 1).value(), 1e-15);
    // the re-calibrated Klaipeda wedge falls as the hand-set financial wedge explains more of the drop
    List<Table.Cell> klaipeda = t.rows().get(t.rows().size() - 1);
    assertEquals("klaipeda-closure wedge", klaipeda.get(2).text());
    assertEquals(cal.value("klaipeda-closure"), klaipeda.get(3).value(), 1e-6);
    assertTrue(klaipeda.get(col).value() > klaipeda.get(col + 1).value(), klaipeda.toString());
  }

  @Test
  void theCommandLineMethodWinsOverTheJobsAndAMonteCarloNeedsDraws() {
    RunSettings s = new RunSettings("local[1]", Path.of("reports"), null, Clock.systemUTC());
    assertEquals(JobValidator.MONTE_CARLO, EngineRuns.method(job, s));
    assertEquals(JobValidator.ONE_AT_A_TIME, EngineRuns.method(job, s.withMethod(JobValidator.ONE_AT_A_TIME)));
    assertEquals(1000, EngineRuns.draws(job, s));
    assertEquals(50, EngineRuns.draws(job, s.withDraws(50)));
    Job noDraws = new Job(job.file(), job.sha256(), withoutDraws(job), Map.of());
    BadInputException e = assertThrows(BadInputException.class, () -> EngineRuns.draws(noDraws, s));
    assertTrue(e.getMessage().contains("key uncertainty.draws"), e.getMessage());
  }

  private static org.tradeshock.job.JobSpec withoutDraws(Job j) {
    var sp = j.spec();
    var u = sp.uncertainty();
    return new org.tradeshock.job.JobSpec(sp.job(), sp.title(), sp.question(), sp.datasets(), sp.spark(), sp.baseline(),
        sp.model(), sp.measures(), sp.scenarios(), sp.focus(), sp.evidence(), sp.capacities(), sp.calibration(),
        new org.tradeshock.job.JobSpec.Uncertainty(null, u.seed(), u.partitions(), u.rangesScope(), u.recalibrate(),
            JobValidator.ONE_AT_A_TIME, u.wedges()), sp.commodity(), sp.notes());
  }
}
