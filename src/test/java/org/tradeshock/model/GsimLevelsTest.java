package org.tradeshock.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeshock.model.GsimFixtures.EU;
import static org.tradeshock.model.GsimFixtures.JP;
import static org.tradeshock.model.GsimFixtures.RW;
import static org.tradeshock.model.GsimFixtures.US;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeshock.calibration.PotashFixture;

class GsimLevelsTest {
  private static final GsimLevels LEVELS = GsimLevels.create();

  private static GsimSolution solve(double[][] t1) {
    return LEVELS.solve(GsimFixtures.base(), GsimFixtures.elasticities(), t1);
  }

  @Test
  void reproducesLevelsFormOfUsEuFta() {
    GsimSolution s = solve(GsimFixtures.fta());
    // MODELS.md 4.2 (derived levels solve of the 4.1 data), printed to 4 decimals
    assertArrayEquals(new double[] {0.1265, -0.0323, 0.0793, -0.0173}, s.worldPriceChange(), 1e-4);
    assertArrayEquals(new double[] {-0.0979, 0.0395, -0.0940, 0.0538}, s.compositePriceChange(), 1e-4);
    // MODELS.md 4.2, printed to 1 decimal
    assertArrayEquals(new double[] {51.9, -38.2, 49.8, -51.2}, s.welfare(), 0.1);
  }

  @Test
  void reportsNewtonDiagnostics() {
    SolverDiagnostics d = solve(GsimFixtures.fta()).diagnostics();
    assertEquals("levels (Newton)", d.method());
    assertTrue(d.iterations() >= 1 && d.iterations() <= 10, "iterations " + d.iterations());
    assertTrue(d.residual() < 1e-12, "residual " + d.residual());
    assertTrue(Double.isFinite(d.conditionEstimate()), "cond " + d.conditionEstimate());
  }

  @Test
  void agreesWithLinearFormForTinyShock() {
    double[][] t1 = GsimFixtures.scaled(0.999);
    GsimSolution lin = GsimLinear.create().solve(GsimFixtures.base(), GsimFixtures.elasticities(), t1);
    GsimSolution lev = solve(t1);
    // The linear form drops second-order terms, so the forms differ by O(T^^2) against first-order
    // effects of O(T^): a relative gap of order |T^| = 1e-3. Twice that leaves room for the
    // constants; a wrong Jacobian or calibration would be off by O(1).
    double rel = 2e-3;
    GsimAssertions.assertRelativelyClose(lin.worldPriceChange(), lev.worldPriceChange(), rel, "P*");
    GsimAssertions.assertRelativelyClose(lin.compositePriceChange(), lev.compositePriceChange(), rel, "P");
    GsimAssertions.assertRelativelyClose(lin.producerSurplus(), lev.producerSurplus(), rel, "PS");
    GsimAssertions.assertRelativelyClose(lin.consumerSurplus(), lev.consumerSurplus(), rel, "CS");
    GsimAssertions.assertRelativelyClose(lin.tariffRevenue(), lev.tariffRevenue(), rel, "R");
  }

  @Test
  void unchangedPowersGiveNoChange() {
    TradeMatrix base = GsimFixtures.base();
    // sigma = 5 (CES branch) and sigma = 1 (Cobb-Douglas branch) are both calibrated to the base
    for (Elasticities e : List.of(GsimFixtures.elasticities(), Elasticities.uniform(4, -1.25, 1, 1.5))) {
      GsimSolution s = LEVELS.solve(base, e, base.powers());
      GsimAssertions.assertNoChange(base, s, 1e-12);
      assertEquals(0, s.diagnostics().iterations());
    }
  }

  @Test
  void prohibitiveWedgeApproachesEmbargo() {
    GsimSolution embargo = solve(GsimFixtures.withPower(JP, US, Double.POSITIVE_INFINITY));
    // exactly 0 by construction: (Infinity)^(1 - sigma) is 0 for sigma = 5
    assertEquals(0.0, embargo.newQuantities()[JP][US], 0.0);
    assertEquals(0.0, embargo.newValues()[JP][US], 0.0);
    double previous = Double.POSITIVE_INFINITY;
    for (double power : new double[] {10, 100, 1e4, 1e6}) {
      GsimSolution s = solve(GsimFixtures.withPower(JP, US, power));
      double gap = maxAbsDifference(embargo.worldPriceChange(), s.worldPriceChange());
      assertTrue(gap <= previous, "gap grew at T1 = " + power + ": " + gap);
      previous = gap;
    }
    // the flow falls like T1^(-sigma) = 1e-20 at T1 = 1e4, so by 1e6 only rounding is left
    assertTrue(previous < 1e-12, "gap at T1 = 1e6: " + previous);
  }

  @Test
  void embargoRequiresSubstitutionAboveOne() {
    Elasticities inelastic = new Elasticities(new double[] {-1.25, -1.25, -1.25, -1.25},
        new double[] {0.8, 5, 5, 5}, new double[] {1.5, 1.5, 1.5, 1.5});
    double[][] t1 = GsimFixtures.withPower(JP, US, Double.POSITIVE_INFINITY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LEVELS.solve(GsimFixtures.base(), inelastic, t1));
    GsimAssertions.assertMessageHas(e, "JP->US", "> 1", "0.8");
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of("FTA", GsimFixtures.fta()),
        Arguments.of("tiny uniform cut", GsimFixtures.scaled(0.999)),
        Arguments.of("doubled powers", GsimFixtures.scaled(2.0)),
        Arguments.of("embargo JP->US", GsimFixtures.withPower(JP, US, Double.POSITIVE_INFINITY)),
        Arguments.of("embargo on RW", embargoOf(RW)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyExportersSupplyAndEveryImportersDemandAddUpOverItsBilateralFlows(String name, double[][] t1) {
    assertAddsUp(GsimFixtures.base(), GsimFixtures.elasticities(), t1, List.of(), solve(t1));
  }

  @Test
  void aPotashLikeMarketWithEmbargoesAWedgeAndABindingCapAddsUp() {
    TradeMatrix base = PotashFixture.base();
    Elasticities el = PotashFixture.elasticities();
    int blr = base.indexOf("BLR");
    double[][] t1 = base.powers();
    for (int v = 0; v < base.size(); v++) {
      t1[blr][v] *= 1.25; // an exporter-wide 25% rerouting wedge
    }
    t1[blr][base.indexOf("EU")] = Double.POSITIVE_INFINITY;
    t1[blr][base.indexOf("USA")] = Double.POSITIVE_INFINITY;
    // 3 Mt against 10.3 Mt of base exports: binds (PotashFixture; MonteCarloTest finds it binding in every draw)
    List<Capacity> caps = List.of(Capacity.exporterWide(base, "Russian routes", "BLR", 3.0 * PotashFixture.USD_PER_MT));
    GsimSolution s = LEVELS.withCapacities(caps).solve(base, el, t1);
    assertEquals(List.of("Russian routes"), s.bindingCapacities());
    assertAddsUp(base, el, t1, caps, s);
  }

  /**
   * Adding up from the model's definitions (MODELS.md 3.2), not from the solution's own totals:
   * each exporter's supply X0_i P*_i^Ex_i equals the sum of its bilateral quantities (market
   * clearing, to the solver tolerance), and each importer's spending on its bilateral imports at
   * delivered prices T1 (1 + rent) P*_i equals the value of its composite demand E0_v P_v^(1 + Em_v)
   * (a CES identity, to rounding).
   */
  private static void assertAddsUp(TradeMatrix base, Elasticities el, double[][] t1, List<Capacity> caps,
      GsimSolution s) {
    int n = base.size();
    double[][] m1 = s.newQuantities();
    double[] pStar = s.worldPriceChange();
    double[] ex = el.exportSupply();
    double[] em = el.importDemand();
    for (int i = 0; i < n; i++) {
      double x0 = 0;
      double flows = 0;
      for (int v = 0; v < n; v++) {
        x0 += base.value(i, v);
        flows += m1[i][v];
      }
      double supply = x0 * Math.pow(1 + pStar[i], ex[i]);
      // GsimLevels stops at 1e-12 max relative excess supply; 1e-10 of base exports leaves room for rounding
      assertEquals(supply, flows, 1e-10 * Math.max(x0, 1), "supply of exporter " + base.regions().get(i));
    }
    for (int v = 0; v < n; v++) {
      double e0 = 0;
      double spending = 0;
      for (int i = 0; i < n; i++) {
        e0 += base.value(i, v) * base.power(i, v);
        if (m1[i][v] > 0) {
          spending += t1[i][v] * (1 + rent(caps, s, i, v)) * (1 + pStar[i]) * m1[i][v];
        } else {
          assertTrue(m1[i][v] == 0, "no negative flows");
        }
      }
      if (e0 == 0) {
        continue;
      }
      double pv = 1 + s.compositePriceChange()[v];
      assertEquals(e0 * Math.pow(pv, 1 + em[v]), spending, 1e-12 * e0, "demand of importer " + base.regions().get(v));
    }
  }

  /** The capacity rent on route i->v as an ad-valorem wedge (0 off the capped routes). */
  private static double rent(List<Capacity> caps, GsimSolution s, int i, int v) {
    double power = 1;
    for (int c = 0; c < caps.size(); c++) {
      if (caps.get(c).exporter() == i && caps.get(c).covers(v)) {
        power *= 1 + s.capacities().get(c).shadowPrice();
      }
    }
    return power - 1;
  }

  @Test
  void unitImportDemandUsesLogConsumerSurplus() {
    Elasticities unit = Elasticities.uniform(4, -1.0, 5, 1.5);
    TradeMatrix base = GsimFixtures.base();
    GsimSolution s = LEVELS.solve(base, unit, GsimFixtures.fta());
    for (int v = 0; v < 4; v++) {
      // MODELS.md 3.2: dCS = -E0 ln P_v when Em = -1
      double expected = -base.importTotalInternal(v) * Math.log1p(s.compositePriceChange()[v]);
      assertEquals(expected, s.consumerSurplus()[v], 1e-9);
    }
    // the Em = -1 branch is the limit of the general formula: nearby elasticities give nearby areas
    GsimSolution near = LEVELS.solve(base, Elasticities.uniform(4, -1.0 - 1e-7, 5, 1.5),
        GsimFixtures.fta());
    assertArrayEquals(s.consumerSurplus(), near.consumerSurplus(), 1e-4);
  }

  @Test
  void importerCutOffFromEverySupplierLosesItsCompositeGood() {
    double[][] t1 = GsimFixtures.base().powers();
    for (int i = 0; i < 4; i++) {
      t1[i][JP] = Double.POSITIVE_INFINITY;
    }
    GsimSolution s = solve(t1);
    assertEquals(Double.POSITIVE_INFINITY, s.compositePriceChange()[JP], 0.0);
    assertEquals(0.0, s.importValue(JP), 0.0);
    // MODELS.md 3.2 area with P_v -> Infinity and Em = -1.25: -E0 (0 - 1)/(1 + Em) = E0/(-0.25)
    double e0 = GsimFixtures.base().importTotalInternal(JP);
    assertEquals(-4 * e0, s.consumerSurplus()[JP], 1e-9 * e0);
    assertTrue(s.diagnostics().residual() < 1e-12);
  }

  @Test
  void unitSubstitutionIsTheLimitOfNearbyElasticities() {
    // sigma = 1 takes the Cobb-Douglas branch; it must match sigma = 1 +/- 1e-6 closely
    GsimSolution cobbDouglas = LEVELS.solve(GsimFixtures.base(),
        Elasticities.uniform(4, -1.25, 1.0, 1.5), GsimFixtures.fta());
    for (double sigma : new double[] {1 - 1e-6, 1 + 1e-6}) {
      GsimSolution near = LEVELS.solve(GsimFixtures.base(),
          Elasticities.uniform(4, -1.25, sigma, 1.5), GsimFixtures.fta());
      assertArrayEquals(cobbDouglas.worldPriceChange(), near.worldPriceChange(), 1e-6);
      assertArrayEquals(cobbDouglas.welfare(), near.welfare(), 1e-4);
    }
  }

  @Test
  void zeroBaseFlowStaysZero() {
    // US->US is 0 in the base; a tariff cut there cannot create trade in the CES form
    GsimSolution s = solve(GsimFixtures.withPower(US, US, 0.5));
    assertEquals(0.0, s.newQuantities()[US][US], 0.0);
  }

  @Test
  void exporterWithoutBaseExportsKeepsItsPriceAndStillImports() {
    double[][] m0 = GsimFixtures.base().values();
    m0[RW] = new double[] {0, 0, 0, 0};
    TradeMatrix base = new TradeMatrix(GsimFixtures.REGIONS, m0, GsimFixtures.base().powers());
    GsimSolution s = LEVELS.solve(base, GsimFixtures.elasticities(), GsimFixtures.fta());
    assertEquals(0.0, s.worldPriceChange()[RW], 0.0);
    assertEquals(0.0, s.exportVolume(RW), 0.0);
    assertTrue(s.importValue(RW) > 0, "RW still imports");
    assertTrue(s.diagnostics().residual() < 1e-12);
    for (double w : s.welfare()) {
      assertTrue(Double.isFinite(w));
    }
  }

  @Test
  void nonConvergenceNamesIterations() {
    SolverException e = assertThrows(SolverException.class,
        () -> LEVELS.withMaxIterations(1).solve(GsimFixtures.base(), GsimFixtures.elasticities(),
            GsimFixtures.fta()));
    GsimAssertions.assertMessageHas(e, "levels (Newton)", "after 1 iterations", "excess supply");
  }

  @Test
  void looserToleranceStopsEarlier() {
    GsimSolution loose = LEVELS.withTolerance(1e-3).solve(GsimFixtures.base(),
        GsimFixtures.elasticities(), GsimFixtures.fta());
    GsimSolution tight = solve(GsimFixtures.fta());
    assertTrue(loose.diagnostics().iterations() < tight.diagnostics().iterations());
    assertTrue(loose.diagnostics().residual() < 1e-3);
  }

  @Test
  void rejectsInvalidSettings() {
    GsimAssertions.assertMessageHas(
        assertThrows(IllegalArgumentException.class, () -> LEVELS.withMaxIterations(0)),
        "maxIterations", "0");
    GsimAssertions.assertMessageHas(
        assertThrows(IllegalArgumentException.class, () -> LEVELS.withTolerance(Double.NaN)),
        "tolerance", "NaN");
  }

  @Test
  void rejectsBadPowers() {
    for (double bad : List.of(-1.0, 0.0, Double.NaN)) {
      double[][] t1 = GsimFixtures.withPower(EU, JP, bad);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solve(t1));
      GsimAssertions.assertMessageHas(e, "EU->JP", String.valueOf(bad), "> 0");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> solve(new double[4][3]));
    GsimAssertions.assertMessageHas(e, "newPowers", "row 0", "4 columns");
  }

  private static double[][] embargoOf(int exporter) {
    double[][] t1 = GsimFixtures.base().powers();
    for (int v = 0; v < 4; v++) {
      if (v != exporter) {
        t1[exporter][v] = Double.POSITIVE_INFINITY;
      }
    }
    return t1;
  }

  private static double maxAbsDifference(double[] a, double[] b) {
    double worst = 0;
    for (int k = 0; k < a.length; k++) {
      worst = Math.max(worst, Math.abs(a[k] - b[k]));
    }
    return worst;
  }
}
