package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tradeshock.calibration.PotashFixture;
import org.tradeshock.model.TradeMatrix;
import org.tradeshock.uncertainty.FlagshipProblem;
import org.tradeshock.uncertainty.McProblem;
import org.tradeshock.uncertainty.McSummary;
import org.tradeshock.uncertainty.MonteCarlo;
import org.tradeshock.uncertainty.Quantiles;

class IntervalsTest {
  private static final String REVENUE = "export revenue change BLR";

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] sorted = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    // type-7 quantiles of 0..10: P5 = 0.5, P50 = 5, P95 = 9.5 (hand-computed: h = 10 p)
    assertEquals(0.5, Intervals.q(sorted, 0.05), 1e-12);
    assertEquals(5.0, Intervals.q(sorted, 0.50), 1e-12);
    assertEquals(9.5, Intervals.q(sorted, 0.95), 1e-12);
    assertEquals(Double.NaN, Intervals.q(new double[0], 0.5));
  }

  @Test
  void againstTheBaseYearTheyAreTheMonteCarloQuantilesOfTheScenario() {
    McSummary mc = MonteCarlo.runLocal(FlagshipProblem.problem(), 30, 11L);
    Intervals iv = Intervals.of(mc, "sanctioned", null, REVENUE);
    Quantiles q = mc.interval("sanctioned", REVENUE).stats(); // computed by the uncertainty package
    assertEquals(q.p5(), iv.p5(), 1e-15);
    assertEquals(q.p50(), iv.p50(), 1e-15);
    assertEquals(q.p95(), iv.p95(), 1e-15);
    assertEquals(30, iv.ok());
    assertEquals(0, iv.failed());
  }

  @Test
  void againstAReferenceEachDrawIsTheRatioOfTheTwoScenariosRevenues() {
    // Without the route cap (which binds in both scenarios and would leave Belarus's revenue unchanged)
    McSummary mc = uncappedDraws();
    double[] s = mc.values("US relief", REVENUE);
    double[] r = mc.values("sanctioned", REVENUE);
    double[] ratio = new double[3];
    for (int d = 0; d < 3; d++) {
      // revenue(US relief) / revenue(sanctioned) - 1, both stated as changes from the same base revenue
      ratio[d] = (1 + s[d]) / (1 + r[d]) - 1;
    }
    Arrays.sort(ratio);
    Intervals iv = Intervals.of(mc, "US relief", "sanctioned", REVENUE);
    assertEquals(ratio[1], iv.p50(), 1e-15); // median of three draws
    assertTrue(iv.p5() > ratio[0] && iv.p5() < ratio[1], "P5 lies between the two lowest draws: " + iv);
    assertTrue(iv.p50() - iv.p5() > 0 && iv.p95() > iv.p50(), iv.toString());
    // the ratio, not the difference of the two changes (which is about (1 + r) = a fifth as large here)
    double[] diff = {s[0] - r[0], s[1] - r[1], s[2] - r[2]};
    Arrays.sort(diff);
    assertTrue(Math.abs(iv.p50() - diff[1]) > 0.01, iv + " vs difference " + diff[1]);
  }

  @Test
  void drawsWhereTheScenarioOrItsReferenceFailedAreCountedNotUsed() {
    // One Newton iteration cannot solve a sanctions scenario, while the unshocked base needs none.
    McProblem oneStep = FlagshipProblem.problem().withSolver(1e-10, 1);
    McSummary mc = MonteCarlo.runLocal(oneStep, 12, 3L);
    Intervals base = Intervals.of(mc, "pre-sanction", null, REVENUE);
    assertEquals(12, base.ok());
    assertEquals(0, base.p50(), 1e-12);
    Intervals broken = Intervals.of(mc, "pre-sanction", "sanctioned", REVENUE);
    assertEquals(0, broken.ok());
    assertEquals(12, broken.failed());
    assertTrue(Double.isNaN(broken.p5()) && Double.isNaN(broken.p50()) && Double.isNaN(broken.p95()));
  }

  @Test
  void anAbsoluteChangeIsTheBaseLevelTimesTheDifferenceOfTheTwoChangesDrawByDraw() {
    McSummary mc = uncappedDraws();
    double[] s = mc.values("US relief", REVENUE);
    double[] r = mc.values("sanctioned", REVENUE);
    double base = 2.5e9; // any base-year revenue: the amounts scale with it
    double[] usd = new double[3];
    for (int d = 0; d < 3; d++) {
      usd[d] = base * (s[d] - r[d]); // both changes are stated against the same base revenue
    }
    Arrays.sort(usd);
    Intervals iv = Intervals.ofDifference(mc, "US relief", "sanctioned", REVENUE, base);
    assertEquals(usd[1], iv.p50(), 1e-6 * base); // median of three draws
    assertTrue(iv.p5() > usd[0] && iv.p5() < usd[1] && iv.p95() > usd[1] && iv.p95() < usd[2], iv.toString());
    // against the base year the amount is the base level times the change itself
    Intervals fromBase = Intervals.ofDifference(mc, "sanctioned", null, REVENUE, base);
    assertEquals(base * Intervals.of(mc, "sanctioned", null, REVENUE).p50(), fromBase.p50(), 1e-6 * base);
  }

  /** Three draws of the potash fixture without the route cap, which would leave Belarus's revenue unchanged. */
  private static McSummary uncappedDraws() {
    TradeMatrix b = PotashFixture.base();
    McProblem uncapped = McProblem.of(b, PotashFixture.elasticities(), PotashFixture.scenarios(b, 0),
        FlagshipProblem.metrics(b)).withParameters(FlagshipProblem.parameters());
    return MonteCarlo.runLocal(uncapped, 3, 5L);
  }
}
