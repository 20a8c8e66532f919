package org.tradeshock.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SolverDiagnosticsTest {
  @Test
  void wellPosedSolveRaisesNoConditionWarning() {
    GsimSolution s = GsimLevels.create().solve(GsimFixtures.base(), GsimFixtures.elasticities(),
        GsimFixtures.fta());
    assertFalse(s.diagnostics().illConditioned(), s.diagnostics().toString());
  }

  @Test
  void largeOrMissingConditionEstimateIsAWarning() {
    assertTrue(new SolverDiagnostics("levels (Newton)", 3, 1e-13, 1e12).illConditioned());
    assertTrue(new SolverDiagnostics("levels (Newton)", 3, 1e-13, Double.NaN).illConditioned());
    assertFalse(new SolverDiagnostics("levels (Newton)", 3, 1e-13, 1e3).illConditioned());
  }
}
