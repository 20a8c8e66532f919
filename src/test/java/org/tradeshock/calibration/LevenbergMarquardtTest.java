package org.tradeshock.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The iteration on a synthetic over-determined fit: one unknown x and two targets, x = 1 and x = 3,
 * whose least-squares optimum is x = 2 with residuals -1 and +1 (rmse 1).
 */
class LevenbergMarquardtTest {
  private static final List<Target> TARGETS = List.of(Target.of("x is 1", Outcome.importPriceIndex(), 1.0),
      Target.of("x is 3", Outcome.importPriceIndex(), 3.0));

  /** The fit with outcomes (x, x) and the given Jacobian of the residuals. */
  private static Calibrator.Problem fit(double jacobianScale) {
    return Calibrator.create().new Problem(PotashFixture.base(), PotashFixture.elasticities(), null,
        List.of(Unknown.wedge("x", 0.0)), TARGETS) {
      @Override
      double[] fitted(double[] p) {
        solves++;
        return new double[] {p[0], p[0]};
      }

      @Override
      double[][] jacobian(double[] p, double[] r) {
        return new double[][] {{jacobianScale}, {jacobianScale}};
      }
    };
  }

  @Test
  void anOverDeterminedFitConvergesAtTheLeastSquaresOptimum() {
    CalibrationResult r = new LevenbergMarquardt(fit(1), 1e-10, 100).run();
    assertTrue(r.converged(), r.note());
    assertEquals(2.0, r.values()[0], 1e-9);
    assertEquals(1.0, r.rmse(), 1e-9);
  }

  @Test
  void tinyStepsFromAWrongJacobianAreReportedAsStalledNotConverged() {
    // A Jacobian 1e15 times too steep (as a finite difference through a noisy solve can give)
    // makes every accepted step ~1e-15: the parameters stop moving at x ~ 0, far from x = 2.
    CalibrationResult r = new LevenbergMarquardt(fit(1e15), 1e-10, 100).run();
    assertFalse(r.converged(), r.note());
    assertTrue(r.note().startsWith("stalled"), r.note());
    assertTrue(r.values()[0] < 1e-12, "x " + r.values()[0]);
  }
}
