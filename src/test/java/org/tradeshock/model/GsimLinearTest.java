package org.tradeshock.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeshock.model.GsimFixtures.EU;
import static org.tradeshock.model.GsimFixtures.JP;
import static org.tradeshock.model.GsimFixtures.US;

import org.junit.jupiter.api.Test;

class GsimLinearTest {
  private static final GsimSolution FTA =
      GsimLinear.create().solve(GsimFixtures.base(), GsimFixtures.elasticities(), GsimFixtures.fta());
  private static final GsimSolution FTA_SHEET = GsimLinear.withSheetConsumerSurplus()
      .solve(GsimFixtures.base(), GsimFixtures.elasticities(), GsimFixtures.fta());

  @Test
  void reproducesPublishedWorldPriceChanges() {
    // GSIM4x4.xls "reported prices", quoted in the R replication (MODELS.md 4.1): 4 decimals
    assertArrayEquals(new double[] {0.0792, -0.0316, 0.0480, -0.0184}, FTA.worldPriceChange(), 5e-5);
  }

  @Test
  void reproducesExactLinearSolve() {
    // exact linear solve quoted in MODELS.md 4.1, printed to 6 decimals
    assertArrayEquals(new double[] {0.079181, -0.031621, 0.048049, -0.018372},
        FTA.worldPriceChange(), 1e-6);
  }

  @Test
  void reproducesCompositePriceChanges() {
    // independent solve, MODELS.md 4.1, printed to 4 decimals
    assertArrayEquals(new double[] {-0.0863, 0.0259, -0.0721, 0.0369},
        FTA.compositePriceChange(), 1e-4);
  }

  @Test
  void reproducesSurplusAndRevenueChanges() {
    // independent solve, MODELS.md 4.1 (regression values, tolerance 0.1 as stated there)
    assertArrayEquals(new double[] {46.1, -26.2, 39.8, -5.1}, FTA.producerSurplus(), 0.1);
    assertArrayEquals(new double[] {105.5, -8.6, 61.4, -31.4}, FTA.consumerSurplus(), 0.1);
    assertArrayEquals(new double[] {105.5, -8.9, 61.4, -32.9}, FTA_SHEET.consumerSurplus(), 0.1);
    assertArrayEquals(new double[] {-138.5, 0.6, -93.8, -2.9}, FTA.tariffRevenue(), 0.1);
  }

  @Test
  void reproducesWorkbookWelfareWithSheetConsumerSurplus() {
    // MODELS.md 4.1: dW = (13.1, -34.5, 7.4, -40.8) is PS + sheet CS + revenue (the JP and RW
    // values differ from the trapezoid's by the sheet's overstatement Em R0m P^2)
    assertArrayEquals(new double[] {13.1, -34.5, 7.4, -40.8}, FTA_SHEET.welfare(), 0.1);
  }

  @Test
  void sheetAndTrapezoidAgreeWhereCompositePriceFalls() {
    // MODELS.md 3.1: the two formulas coincide when P^(v) < 0 (US and EU here)
    assertEquals(FTA.consumerSurplus()[US], FTA_SHEET.consumerSurplus()[US], 1e-9);
    assertEquals(FTA.consumerSurplus()[EU], FTA_SHEET.consumerSurplus()[EU], 1e-9);
    assertTrue(FTA_SHEET.consumerSurplus()[JP] < FTA.consumerSurplus()[JP]);
  }

  @Test
  void reproducesNewBilateralFlows() {
    // independent solve, MODELS.md 4.1, tolerance 0.1 as stated there
    assertEquals(385.9, FTA.newValues()[US][EU], 0.1);
    assertEquals(518.2, FTA.newValues()[EU][US], 0.1);
  }

  @Test
  void valuesAreQuantitiesAtNewWorldPrices() {
    double[][] q = FTA.newQuantities();
    double[][] val = FTA.newValues();
    double[] p = FTA.worldPriceChange();
    for (int i = 0; i < 4; i++) {
      for (int v = 0; v < 4; v++) {
        assertEquals(q[i][v] * (1 + p[i]), val[i][v], 1e-9);
      }
    }
  }

  @Test
  void reportsExactSolveDiagnostics() {
    SolverDiagnostics d = FTA.diagnostics();
    assertEquals("linear (exact)", d.method());
    assertEquals(0, d.iterations());
    assertTrue(d.residual() < 1e-12, "residual " + d.residual());
    assertTrue(d.conditionEstimate() >= 1 && d.conditionEstimate() < 1e3, "cond " + d.conditionEstimate());
  }

  @Test
  void unchangedPowersGiveNoChange() {
    TradeMatrix base = GsimFixtures.base();
    GsimSolution s = GsimLinear.create().solve(base, GsimFixtures.elasticities(), base.powers());
    GsimAssertions.assertNoChange(base, s, 1e-12);
  }

  @Test
  void rejectsEmbargoWithPointerToLevelsForm() {
    double[][] t1 = GsimFixtures.withPower(JP, US, Double.POSITIVE_INFINITY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GsimLinear.create().solve(GsimFixtures.base(), GsimFixtures.elasticities(), t1));
    GsimAssertions.assertMessageHas(e, "JP->US", "Infinity", "GsimLevels");
  }

  @Test
  void rejectsNonPositivePower() {
    double[][] t1 = GsimFixtures.withPower(US, JP, -1.2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GsimLinear.create().solve(GsimFixtures.base(), GsimFixtures.elasticities(), t1));
    GsimAssertions.assertMessageHas(e, "US->JP", "-1.2", "> 0");
  }

  @Test
  void rejectsWrongShapeOfNewPowers() {
    double[][] t1 = new double[3][4];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GsimLinear.create().solve(GsimFixtures.base(), GsimFixtures.elasticities(), t1));
    GsimAssertions.assertMessageHas(e, "newPowers", "4 rows", "3");
  }

  @Test
  void rejectsElasticitiesForOtherRegionCount() {
    Elasticities three = Elasticities.uniform(3, -1.25, 5, 1.5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GsimLinear.create().solve(GsimFixtures.base(), three, GsimFixtures.fta()));
    GsimAssertions.assertMessageHas(e, "3 regions", "4");
  }
}
