package org.tradeshock.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeshock.model.GsimFixtures.EU;
import static org.tradeshock.model.GsimFixtures.JP;
import static org.tradeshock.model.GsimFixtures.US;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityTest {
  private static final GsimLevels LEVELS = GsimLevels.create();
  private static final TradeMatrix BASE = GsimFixtures.base();
  private static final Elasticities EL = GsimFixtures.elasticities();

  /** EU's exports to US and JP; 300 + 100 in the base (MODELS.md 4.1 matrix). */
  private static Capacity euToUsJp(double limit) {
    return Capacity.onRoutes(BASE, "EU->US,JP", "EU", List.of("US", "JP"), limit);
  }

  @Test
  void nonBindingCapEqualsUnconstrainedSolve() {
    GsimSolution free = LEVELS.solve(BASE, EL, GsimFixtures.fta());
    GsimSolution capped = LEVELS.withCapacities(List.of(euToUsJp(1e6))).solve(BASE, EL, GsimFixtures.fta());
    assertArrayEquals(free.worldPriceChange(), capped.worldPriceChange(), 1e-10);
    assertArrayEquals(free.compositePriceChange(), capped.compositePriceChange(), 1e-10);
    assertArrayEquals(free.producerSurplus(), capped.producerSurplus(), 1e-10);
    assertArrayEquals(free.consumerSurplus(), capped.consumerSurplus(), 1e-10);
    assertArrayEquals(free.tariffRevenue(), capped.tariffRevenue(), 1e-10);
    assertArrayEquals(free.welfare(), capped.welfare(), 1e-10);
    for (int i = 0; i < BASE.size(); i++) {
      assertArrayEquals(free.newQuantities()[i], capped.newQuantities()[i], 1e-10);
      assertArrayEquals(free.newValues()[i], capped.newValues()[i], 1e-10);
    }
    CapacityStatus st = capped.capacities().get(0);
    assertFalse(st.binding());
    assertEquals(0, st.shadowPrice(), 0);
    assertEquals(0, st.rent(), 0);
    assertTrue(capped.bindingCapacities().isEmpty());
  }

  @Test
  void bindingCapHoldsFlowAtLimitWithPositiveRent() {
    GsimSolution free = LEVELS.solve(BASE, EL, GsimFixtures.fta());
    double freeFlow = free.newQuantities()[EU][US] + free.newQuantities()[EU][JP];
    double limit = 0.8 * freeFlow;
    GsimSolution s = LEVELS.withCapacities(List.of(euToUsJp(limit))).solve(BASE, EL, GsimFixtures.fta());
    CapacityStatus st = s.capacities().get(0);
    assertTrue(st.binding());
    assertEquals(limit, st.flow(), 1e-9 * limit);
    assertEquals(limit, s.newQuantities()[EU][US] + s.newQuantities()[EU][JP], 1e-9 * limit);
    assertTrue(st.shadowPrice() > 0, "rent " + st.shadowPrice());
    double pEu = 1 + s.worldPriceChange()[EU];
    assertEquals(st.shadowPrice() * pEu * st.flow(), st.rent(), 1e-9 * st.rent());
    assertEquals(List.of("EU->US,JP"), s.bindingCapacities());
    assertEquals("levels (Newton, active-set capacities)", s.diagnostics().method());
    // a cap on EU's sales lowers its fob price relative to the free solve
    assertTrue(s.worldPriceChange()[EU] < free.worldPriceChange()[EU]);
  }

  @Test
  void bindingRentEqualsTheSameHandSetWedge() {
    // The MCP solution is the unconstrained equilibrium at T1 x (1 + tau) on the covered routes.
    double[][] t1 = GsimFixtures.fta();
    GsimSolution capped = LEVELS.withCapacities(List.of(euToUsJp(300))).solve(BASE, EL, t1);
    double tau = capped.capacities().get(0).shadowPrice();
    double[][] wedged = GsimFixtures.fta();
    wedged[EU][US] *= 1 + tau;
    wedged[EU][JP] *= 1 + tau;
    GsimSolution hand = LEVELS.solve(BASE, EL, wedged);
    assertArrayEquals(hand.worldPriceChange(), capped.worldPriceChange(), 1e-9);
    assertArrayEquals(hand.compositePriceChange(), capped.compositePriceChange(), 1e-9);
    assertArrayEquals(hand.consumerSurplus(), capped.consumerSurplus(), 1e-7);
  }

  @Test
  void worldExportsEqualWorldImportsWithBindingCaps() {
    List<Capacity> caps = List.of(euToUsJp(300),
        Capacity.exporterWide(BASE, "JP all", "JP", 700), Capacity.exporterWide(BASE, "US all", "US", 1e5));
    GsimSolution s = LEVELS.withCapacities(caps).solve(BASE, EL, GsimFixtures.fta());
    double[] ex = EL.exportSupply();
    double supply = 0;
    double imports = 0;
    for (int i = 0; i < BASE.size(); i++) {
      supply += BASE.exportTotal(i) * Math.pow(1 + s.worldPriceChange()[i], ex[i]);
      for (int v = 0; v < BASE.size(); v++) {
        imports += s.newQuantities()[i][v];
      }
    }
    assertEquals(supply, imports, 1e-10 * supply);
    assertEquals(List.of("EU->US,JP", "JP all"), s.bindingCapacities());
    assertEquals(700, s.exportVolume(JP) - s.newQuantities()[JP][JP], 1e-9 * 700);
  }

  @Test
  void twoInteractingCapsEndComplementary() {
    // EU's tight cap pushes demand towards JP, whose cap sits just under its free-solve flow;
    // whatever the active-set path, the end state must satisfy complementarity for both.
    List<Capacity> caps = List.of(Capacity.exporterWide(BASE, "EU all", "EU", 200),
        Capacity.exporterWide(BASE, "JP all", "JP", 849));
    GsimSolution s = LEVELS.withCapacities(caps).solve(BASE, EL, GsimFixtures.fta());
    assertTrue(s.capacities().get(0).binding(), "EU's 600 of base exports against a cap of 200 must bind");
    assertComplementary(caps, s);
  }

  @Test
  void aCapJustAboveTheFreeFlowIsSlackAndChangesNothing() {
    GsimSolution free = LEVELS.solve(BASE, EL, GsimFixtures.fta());
    List<Capacity> caps = List.of(euToUsJp(1.001 * freeFlow(free)));
    GsimSolution s = LEVELS.withCapacities(caps).solve(BASE, EL, GsimFixtures.fta());
    assertFalse(s.capacities().get(0).binding());
    assertComplementary(caps, s);
    assertArrayEquals(free.worldPriceChange(), s.worldPriceChange(), 1e-10);
    assertArrayEquals(free.compositePriceChange(), s.compositePriceChange(), 1e-10);
    assertArrayEquals(free.welfare(), s.welfare(), 1e-10);
  }

  @Test
  void aCapJustBelowTheFreeFlowBindsWithASmallPositiveRent() {
    GsimSolution free = LEVELS.solve(BASE, EL, GsimFixtures.fta());
    List<Capacity> caps = List.of(euToUsJp(0.999 * freeFlow(free)));
    GsimSolution s = LEVELS.withCapacities(caps).solve(BASE, EL, GsimFixtures.fta());
    CapacityStatus st = s.capacities().get(0);
    assertTrue(st.binding());
    assertComplementary(caps, s);
    // Cutting a flow by 0.1% takes a wedge of the order 0.1% / |own-price elasticity| (about 1 to
    // 5 here): positive, and well below 1%.
    assertTrue(st.shadowPrice() > 0 && st.shadowPrice() < 0.01, st.toString());
  }

  /** EU's free-solve flow to US and JP, the routes {@link #euToUsJp} covers. */
  private static double freeFlow(GsimSolution free) {
    return free.newQuantities()[EU][US] + free.newQuantities()[EU][JP];
  }

  /**
   * Complementarity of every cap, with the covered flow summed from the bilateral quantities: a
   * binding cap holds its flow at the limit and earns a positive rent; a slack one stays below its
   * limit and earns none.
   */
  private static void assertComplementary(List<Capacity> caps, GsimSolution s) {
    double[][] m1 = s.newQuantities();
    for (int c = 0; c < caps.size(); c++) {
      Capacity cap = caps.get(c);
      CapacityStatus st = s.capacities().get(c);
      double flow = 0;
      for (int v = 0; v < BASE.size(); v++) {
        flow += cap.covers(v) ? m1[cap.exporter()][v] : 0;
      }
      assertEquals(flow, st.flow(), 1e-9 * cap.limit(), st.toString());
      if (st.binding()) {
        assertEquals(cap.limit(), flow, 1e-9 * cap.limit(), st.toString());
        assertTrue(st.shadowPrice() > 0 && st.rent() > 0, st.toString());
      } else {
        assertTrue(flow < cap.limit(), st.toString());
        assertEquals(0, st.shadowPrice(), 0, st.toString());
        assertEquals(0, st.rent(), 0, st.toString());
      }
    }
  }

  @Test
  void rejectsBadCapacities() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Capacity("rail", 0, new int[0], -1));
    GsimAssertions.assertMessageHas(e, "rail", "-1", "> 0");
    e = assertThrows(IllegalArgumentException.class,
        () -> LEVELS.withCapacities(List.of(new Capacity("far", 9, new int[0], 1))).solve(BASE, EL, GsimFixtures.fta()));
    GsimAssertions.assertMessageHas(e, "far", "9", "4 regions");
    e = assertThrows(IllegalArgumentException.class,
        () -> LEVELS.withCapacities(List.of(euToUsJp(1), euToUsJp(2))));
    GsimAssertions.assertMessageHas(e, "unique", "EU->US,JP");
  }
}
