package org.tradeshock.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeshock.model.Capacity;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.GsimLevels;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.TradeMatrix;

class CalibratorTest {
  private static final TradeMatrix BASE = PotashFixture.base();
  private static final Elasticities EL = PotashFixture.elasticities();
  private static final Outcome BLR_VOLUME = Outcome.of(Outcome.Kind.EXPORT_VOLUME_CHANGE, BASE, "BLR");
  private static final Outcome BLR_SHARE = Outcome.of(Outcome.Kind.EXPORT_SHARE, BASE, "BLR");
  private static final Outcome CHN_PRICE = Outcome.of(Outcome.Kind.COMPOSITE_PRICE_CHANGE, BASE, "CHN");

  /** Embargoes to EU and USA, a BLR-wide logistics wedge and a BLR->CHN rail wedge. */
  private static ScenarioSpec spec() {
    return new ScenarioSpec("sanctioned", List.of(
        Measure.embargo(BASE, "bans", "BLR", List.of("EU", "USA")),
        Measure.exporterWide(BASE, "logistics", "BLR", 0.0),
        Measure.onRoutes(BASE, "rail CHN", "BLR", List.of("CHN"), 0.0)), List.of());
  }

  private static double outcome(ScenarioSpec s, Map<String, Double> o, Outcome out) {
    GsimSolution sol = s.shock(BASE, o).solve(GsimLevels.create(), BASE, EL);
    return out.of(BASE, sol);
  }

  @Test
  void recoversKnownWedgesFromOutcomesOfTheModelItself() {
    Map<String, Double> truth = Map.of("logistics", 0.25, "rail CHN", 0.10);
    List<Target> targets = List.of(
        Target.of("BLR volume", BLR_VOLUME, outcome(spec(), truth, BLR_VOLUME)),
        Target.of("CHN price", CHN_PRICE, outcome(spec(), truth, CHN_PRICE)));
    List<Unknown> unknowns = List.of(Unknown.wedge("logistics", 0.05), Unknown.wedge("rail CHN", 0.05));
    CalibrationResult r = Calibrator.create().calibrate(BASE, EL,
        spec().mapping(BASE, List.of("logistics", "rail CHN")), unknowns, targets);
    assertTrue(r.converged(), r.note());
    assertEquals(0.25, r.value("logistics"), 1e-6);
    assertEquals(0.10, r.value("rail CHN"), 1e-6);
    for (TargetFit f : r.fits()) {
      assertEquals(f.target(), f.fitted(), 1e-9, f.name());
    }
    assertTrue(r.rmse() < 1e-9, "rmse " + r.rmse());
    assertTrue(r.iterations() >= 1 && r.iterations() < 30, "iterations " + r.iterations());
  }

  @Test
  void recoversABindingCapacityLimit() {
    // A 2 Mt Russian-route cap on all BLR exports under a 0.10 wedge; the cap binds.
    double limit = 2.0 * PotashFixture.USD_PER_MT;
    ScenarioSpec s = new ScenarioSpec("capped", List.of(
        Measure.embargo(BASE, "bans", "BLR", List.of("EU", "USA")),
        Measure.exporterWide(BASE, "logistics", "BLR", 0.10)),
        List.of(Capacity.exporterWide(BASE, "rail", "BLR", limit)));
    assertEquals(List.of("rail"), s.shock(BASE).solve(GsimLevels.create(), BASE, EL).bindingCapacities());
    double observed = outcome(s, Map.of(), BLR_VOLUME);
    CalibrationResult r = Calibrator.create().calibrate(BASE, EL, s.mapping(BASE, List.of("rail")),
        List.of(Unknown.capacity("rail", 3.0 * PotashFixture.USD_PER_MT)),
        List.of(Target.of("BLR volume", BLR_VOLUME, observed)));
    assertTrue(r.converged(), r.note());
    assertEquals(limit, r.value("rail"), 1e-6 * limit);
  }

  @Test
  void overdeterminedFitOfConsistentTargetsRecoversTheWedge() {
    Map<String, Double> truth = Map.of("logistics", 0.30);
    List<Target> targets = List.of(
        Target.of("BLR volume", BLR_VOLUME, outcome(spec(), truth, BLR_VOLUME)),
        Target.of("BLR share", BLR_SHARE, outcome(spec(), truth, BLR_SHARE)));
    CalibrationResult r = Calibrator.create().calibrate(BASE, EL, spec().mapping(BASE, List.of("logistics")),
        List.of(Unknown.wedge("logistics", 0.0)), targets);
    assertTrue(r.converged(), r.note());
    assertEquals(0.30, r.value("logistics"), 1e-6);
  }

  @Test
  void unreachableTargetIsFlaggedNotThrown() {
    // A wedge >= 0 cannot raise Belarus's exports by 50% above base.
    CalibrationResult r = Calibrator.create().withMaxIterations(20).calibrate(BASE, EL,
        spec().mapping(BASE, List.of("logistics")), List.of(Unknown.wedge("logistics", 0.1)),
        List.of(Target.of("BLR volume", BLR_VOLUME, 0.5)));
    assertFalse(r.converged());
    assertEquals(0, r.value("logistics"), 1e-12); // pinned at the lower bound
    IllegalStateException e = assertThrows(IllegalStateException.class, r::requireConverged);
    assertTrue(e.getMessage().contains("did not converge") && e.getMessage().contains("logistics"),
        e.getMessage());
  }

  @Test
  void handSetWedgesStillWorkWithoutCalibration() {
    Shock hand = spec().shock(BASE, Map.of("logistics", 0.25));
    int blr = BASE.indexOf("BLR");
    assertEquals(Double.POSITIVE_INFINITY, hand.newPowers()[blr][BASE.indexOf("EU")], 0);
    assertEquals(1.25, hand.newPowers()[blr][BASE.indexOf("IND")], 1e-15);
    assertEquals(1.25, hand.newPowers()[blr][BASE.indexOf("CHN")], 1e-15); // rail CHN = 0
  }
}
