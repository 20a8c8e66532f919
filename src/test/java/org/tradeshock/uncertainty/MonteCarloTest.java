package org.tradeshock.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.PotashFixture;

class MonteCarloTest {
  private static final String REVENUE = "export revenue change BLR";
  private static McProblem problem;
  private static McSummary summary;

  @BeforeAll
  static void runOnce() {
    problem = FlagshipProblem.problem();
    summary = MonteCarlo.runLocal(problem, 60, 7L);
  }

  @Test
  void sameSeedGivesIdenticalResultsAndAnotherSeedDoesNot() {
    McSummary again = MonteCarlo.runLocal(problem, 60, 7L);
    McSummary other = MonteCarlo.runLocal(problem, 60, 8L);
    for (String s : summary.scenarios()) {
      assertArrayEquals(summary.values(s, REVENUE), again.values(s, REVENUE), 0.0, s);
    }
    assertFalse(java.util.Arrays.equals(summary.values("sanctioned", REVENUE),
        other.values("sanctioned", REVENUE)));
  }

  @Test
  void intervalsAreOrderedAndBracketTheCentralSolve() {
    MetricInterval m = summary.interval("sanctioned", REVENUE);
    Quantiles q = m.stats();
    assertEquals(60, q.ok());
    assertEquals(0, q.failed());
    assertEquals(0, summary.illConditioned().get("sanctioned"));
    assertTrue(q.p5() < q.p50() && q.p50() < q.p95(), q.toString());
    assertTrue(q.p5() < m.central() && m.central() < q.p95(), m.toString());
    // sanctions cut Belarus's revenue in every draw
    assertTrue(q.p95() < 0, q.toString());
    assertEquals(6 * 5, summary.intervals().size());
    // pre-sanction and full relief are the base: no uncertainty, zero change
    Quantiles base = summary.interval("pre-sanction", REVENUE).stats();
    assertEquals(0, base.p5(), 1e-10);
    assertEquals(0, base.p95(), 1e-10);
  }

  @Test
  void seriesListsOneStatisticPerScenarioForCharts() {
    double[] p95 = summary.series(REVENUE, McSummary.Stat.P95);
    assertEquals(6, p95.length);
    assertEquals(summary.interval("US relief", REVENUE).stats().p95(), p95[2], 0.0);
  }

  @Test
  void differencesAreTakenDrawByDraw() {
    double[] relief = summary.values("US relief", REVENUE);
    double[] sanctioned = summary.values("sanctioned", REVENUE);
    double[] diff = new double[relief.length];
    for (int d = 0; d < diff.length; d++) {
      diff[d] = relief[d] - sanctioned[d];
    }
    DifferenceInterval di = summary.difference("US relief", REVENUE);
    assertEquals("sanctioned", di.reference());
    assertEquals(Quantiles.of(diff).p50(), di.stats().p50(), 1e-15);
    assertTrue(di.stats().p5() > 0, "US relief raises BLR revenue in 95% of draws: " + di);
    // snapback is the sanctioned state compared with US relief: the mirror image
    assertEquals(-di.stats().p50(), summary.difference("snapback", REVENUE).stats().p50(), 1e-12);
  }

  @Test
  void failedDrawsAreCountedAndExplainedNotDropped() {
    McSummary s = MonteCarlo.runLocal(problem.withSolver(1e-10, 1), 5, 7L);
    assertEquals(5, s.failures().get("sanctioned"));
    assertEquals(0, s.failures().get("pre-sanction")); // the base solves in 0 iterations
    Quantiles q = s.interval("sanctioned", REVENUE).stats();
    assertEquals(0, q.ok());
    assertEquals(5, q.failed());
    assertTrue(Double.isNaN(q.p50()));
    assertTrue(s.firstFailure().get("sanctioned").contains("did not converge"),
        s.firstFailure().get("sanctioned"));
    assertEquals(5, s.difference("US relief", REVENUE).stats().failed());
  }

  @Test
  void capacityRentMetricIsPositiveWhereTheRussianRouteBinds() {
    McProblem p = problem.withSolver(1e-10, 100);
    McProblem withRent = p.withMetrics(List.of(Outcome.of(Outcome.Kind.CAPACITY_RENT, p.base(), "BLR")));
    McSummary s = MonteCarlo.runLocal(withRent, 10, 3L);
    String rent = "capacity rent BLR";
    assertTrue(s.interval("sanctioned", rent).stats().p50() > 0, s.interval("sanctioned", rent).toString());
    assertEquals(0, s.interval("US relief + Klaipeda", rent).stats().p95(), 0);
    // the 3 Mt cap binds in every draw while Klaipeda is closed, and is absent once it reopens
    assertEquals(1.0, s.bindingShare().get("sanctioned").get("Russian ports+rail"), 0);
    assertFalse(s.bindingShare().containsKey("US relief + Klaipeda"));
  }

  @Test
  void rejectsAWedgeParameterThatNamesNoMeasure() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> problem.withParameters(List.of(Parameter.measure("Klaipeda port",
            ParameterDistribution.pert(0.1, 0.2, 0.3), "typo"))));
    assertTrue(e.getMessage().contains("Klaipeda port") && e.getMessage().contains("Klaipeda,"),
        e.getMessage());
  }

  @Test
  void tornadoIsSortedBySwingAndCentredOnTheCentralSolve() {
    Outcome revenue = Outcome.of(Outcome.Kind.EXPORT_REVENUE_CHANGE, PotashFixture.base(), "BLR");
    List<TornadoBar> bars = Sensitivity.oneAtATime(problem, "sanctioned", revenue);
    assertEquals(5, bars.size());
    for (int k = 1; k < bars.size(); k++) {
      assertTrue(bars.get(k - 1).swing() >= bars.get(k).swing(), bars.toString());
    }
    assertEquals(summary.interval("sanctioned", REVENUE).central(), bars.get(0).central(), 1e-12);
    assertTrue(bars.get(0).swing() > 0);
  }
}
