package org.tradeshock.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.PotashFixture;
import org.tradeshock.calibration.Target;
import org.tradeshock.calibration.Unknown;
import org.tradeshock.model.TradeMatrix;

class RecalibrationTest {
  private static final TradeMatrix BASE = PotashFixture.base();
  private static final Outcome BLR_VOLUME = Outcome.of(Outcome.Kind.EXPORT_VOLUME_CHANGE, BASE, "BLR");
  private static final String VOLUME = "export volume change BLR";

  /** The six scenarios without the Russian-route cap, elasticities uncertain, Klaipeda calibrated. */
  private static McProblem problem(double observedVolumeChange) {
    List<Parameter> elasticities = FlagshipProblem.parameters().subList(0, 3);
    return McProblem.of(BASE, PotashFixture.elasticities(), PotashFixture.scenarios(BASE, 0),
            FlagshipProblem.metrics(BASE))
        .withParameters(elasticities)
        .withReferences(Map.of("US relief", "sanctioned"))
        .withRecalibration(new Recalibration("sanctioned", List.of(Unknown.wedge("Klaipeda", 0.25)),
            // FAOSTAT: Belarus K2O exports 2019-21 avg 6.82 Mt -> 2022-23 avg 2.76 Mt, about -60%
            List.of(Target.of("BLR export volume", BLR_VOLUME, observedVolumeChange))));
  }

  @Test
  void everyDrawReproducesTheObservationWithItsOwnWedge() {
    McSummary s = MonteCarlo.runLocal(problem(-0.60), 12, 5L);
    assertEquals(0, s.calibrationFailures());
    for (double v : s.values("sanctioned", VOLUME)) {
      assertEquals(-0.60, v, 1e-7);
    }
    Quantiles wedge = s.calibrated().get("Klaipeda");
    assertEquals(12, wedge.ok());
    assertTrue(wedge.p5() > 0 && wedge.p5() < wedge.p95(), wedge.toString());
    // relief paths still vary, because the wedge that explains -60% differs by draw
    Quantiles relief = s.interval("US relief", VOLUME).stats();
    assertTrue(relief.p5() < relief.p95(), relief.toString());
  }

  @Test
  void drawsWhoseCalibrationFailsAreCountedInEveryScenario() {
    // No wedge >= 0 can raise Belarus's exports by 50%.
    McSummary s = MonteCarlo.runLocal(problem(0.5), 3, 5L);
    assertEquals(3, s.calibrationFailures());
    assertEquals(3, s.failures().get("pre-sanction"));
    assertEquals(3, s.interval("full relief", VOLUME).stats().failed());
    assertTrue(s.firstFailure().get("sanctioned").contains("recalibration"),
        s.firstFailure().get("sanctioned"));
  }
}
