package org.tradeshock.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeshock.calibration.CalibrationResult;
import org.tradeshock.calibration.Calibrator;
import org.tradeshock.calibration.Measure;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.PotashFixture;
import org.tradeshock.calibration.ScenarioSpec;
import org.tradeshock.calibration.Target;
import org.tradeshock.calibration.Unknown;
import org.tradeshock.model.Capacity;
import org.tradeshock.model.CapacityStatus;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.TradeMatrix;

/** The integration example of the package docs, kept executable (STYLE.md 14). */
class EngineExampleTest {
  private static final TradeMatrix BASE = PotashFixture.base();
  private static final Elasticities EL = PotashFixture.elasticities();

  @Test
  void capacityInAScenarioSolve() {
    // $example on: capacity$
    double[][] t1 = BASE.powers();
    int blr = BASE.indexOf("BLR");
    t1[blr][BASE.indexOf("EU")] = Double.POSITIVE_INFINITY; // EU ban
    t1[blr][BASE.indexOf("USA")] = Double.POSITIVE_INFINITY; // US ban
    Capacity rail = Capacity.exporterWide(BASE, "Russian ports+rail", "BLR", 3.0 * PotashFixture.USD_PER_MT);
    GsimSolution s = GsimLevels.create().withCapacities(List.of(rail)).solve(BASE, EL, t1);
    CapacityStatus st = s.capacities().get(0); // id, flow, limit, shadowPrice (rent as wedge), rent, binding
    List<String> binding = s.bindingCapacities();
    // $example off$
    assertEquals(List.of("Russian ports+rail"), binding);
    assertEquals(st.limit(), st.flow(), 1e-9 * st.limit());
    assertTrue(st.shadowPrice() > 0);
  }

  @Test
  void calibrateTwoWedgesThenMonteCarloAndTornado() {
    // $example on: calibration$
    ScenarioSpec sanctioned = new ScenarioSpec("sanctioned", List.of(
        Measure.embargo(BASE, "EU ban", "BLR", List.of("EU")),
        Measure.embargo(BASE, "US ban", "BLR", List.of("USA")),
        Measure.exporterWide(BASE, "Klaipeda", "BLR", 0.25),          // hand-set, calibrated below
        Measure.onRoutes(BASE, "rail CHN", "BLR", List.of("CHN"), 0.0)), List.of());
    CalibrationResult cal = Calibrator.create().calibrate(BASE, EL,
        sanctioned.mapping(BASE, List.of("Klaipeda", "rail CHN")),
        List.of(Unknown.wedge("Klaipeda", 0.25), Unknown.wedge("rail CHN", 0.0)),
        List.of(Target.of("BLR exports -60% (FAOSTAT)",
                Outcome.of(Outcome.Kind.EXPORT_VOLUME_CHANGE, BASE, "BLR"), -0.60),
            Target.of("CHN import price +18% (illustrative)",
                Outcome.of(Outcome.Kind.COMPOSITE_PRICE_CHANGE, BASE, "CHN"), 0.18)))
        .requireConverged(); // or report cal.converged(), cal.fits(), cal.rmse()
    // $example off$
    assertEquals(-0.60, cal.fits().get(0).fitted(), 1e-9);

    // $example on: monte carlo$
    ScenarioSpec usRelief = new ScenarioSpec("US relief", List.of(sanctioned.measures().get(0),
        sanctioned.measures().get(2), sanctioned.measures().get(3)), List.of());
    McProblem problem = McProblem.of(BASE, EL,
            List.of(ScenarioSpec.none("pre-sanction"), sanctioned, usRelief),
            List.of(Outcome.of(Outcome.Kind.EXPORT_REVENUE_CHANGE, BASE, "BLR"), Outcome.worldPriceIndex()))
        .withOverrides(cal.overrides())                              // calibrated wedges, central
        .withParameters(List.of(
            Parameter.elasticity("sigma", Parameter.Kind.SUBSTITUTION,
                ParameterDistribution.pert(2, 4, 8), "illustrative range"),
            Parameter.measure("Klaipeda", ParameterDistribution.pert(
                0.8 * cal.value("Klaipeda"), cal.value("Klaipeda"), 1.2 * cal.value("Klaipeda")),
                "calibrated +/- 20%")))
        .withReferences(Map.of("US relief", "sanctioned"));
    McSummary mc = MonteCarlo.runLocal(problem, 40, 2026L);  // or MonteCarlo.run(spark, problem, 10_000, 2026L, 8)
    Quantiles q = mc.interval("sanctioned", "export revenue change BLR").stats(); // q.p5(), q.p50(), q.p95()
    Quantiles gain = mc.difference("US relief", "export revenue change BLR").stats();
    List<TornadoBar> tornado = Sensitivity.oneAtATime(problem, "sanctioned",
        Outcome.of(Outcome.Kind.EXPORT_REVENUE_CHANGE, BASE, "BLR")); // sorted by swing
    // $example off$
    assertTrue(q.p5() <= q.p50() && q.p50() <= q.p95());
    assertEquals(0, mc.failures().get("sanctioned"));
    assertTrue(gain.p5() > 0, gain.toString());
    assertEquals(2, tornado.size());
  }
}
