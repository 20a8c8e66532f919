package org.tradeshock.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RasTest {
  private static final Ras RAS = Ras.create();

  // 3x3 seed with a structural zero at (0, 2); margins total 60
  private static final double[][] SEED = {
    {4, 2, 0},
    {1, 3, 5},
    {2, 2, 2},
  };
  private static final double[] ROWS = {10, 30, 20};
  private static final double[] COLS = {15, 20, 25};

  @Test
  void balancesHandCheckableTwoByTwo() {
    RasResult r = RAS.balance(RasProblem.of(new double[][] {{1, 1}, {1, 2}},
        new double[] {3, 3}, new double[] {3, 3}));
    // Hand computation: symmetric margins force x = [[a, 3-a], [3-a, a]], and RAS keeps the cross
    // ratio x11 x22 / (x12 x21) = 1*2/(1*1) = 2, so a/(3-a) = sqrt(2), a = 6 - 3 sqrt(2) = 1.757359...
    double a = 6 - 3 * Math.sqrt(2);
    assertArrayEquals(new double[] {a, 3 - a}, r.matrix()[0], 1e-9);
    assertArrayEquals(new double[] {3 - a, a}, r.matrix()[1], 1e-9);
  }

  @Test
  void reproducesMarginsAndKeepsStructuralZeros() {
    RasResult r = RAS.balance(RasProblem.of(SEED, ROWS, COLS));
    assertMargins(r.matrix(), ROWS, COLS);
    assertEquals(0.0, r.matrix()[0][2], 0.0); // structural zero stays exactly 0
    assertTrue(r.maxMarginError() < 1e-10, "error " + r.maxMarginError());
    assertTrue(r.iterations() >= 1);
  }

  @Test
  void keepsFixedCellsExactly() {
    boolean[][] fixed = new boolean[3][3];
    // Fixing (1, 1) = 3 and (2, 0) = 2 leaves remaining rows (10, 27, 18) and columns (13, 17, 25);
    // with x00 = a the free cells are x01 = 10 - a, x10 = 13 - a, x12 = 14 + a, x21 = 7 + a,
    // x22 = 11 - a, all positive for 0 < a < 10, so the problem is feasible.
    fixed[1][1] = true;
    fixed[2][0] = true;
    RasResult r = RAS.balance(new RasProblem(SEED, ROWS, COLS, fixed));
    assertEquals(3.0, r.matrix()[1][1], 0.0); // fixed: bit-for-bit the seed value
    assertEquals(2.0, r.matrix()[2][0], 0.0);
    assertEquals(0.0, r.matrix()[0][2], 0.0);
    assertMargins(r.matrix(), ROWS, COLS);
  }

  @Test
  void acceptsTotalsThatDifferByRounding() {
    double[] cols = {15, 20, 25 * (1 + 5e-10)};
    RasResult r = RAS.balance(RasProblem.of(SEED, ROWS, cols));
    assertMargins(r.matrix(), ROWS, cols);
  }

  @Test
  void rejectsUnequalTotalsNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RasProblem.of(SEED, ROWS, new double[] {15, 20, 26}));
    assertMessageHas(e, "60.0", "61.0", "row targets", "column targets");
  }

  @Test
  void rejectsNegativeOrNonFiniteMargins() {
    assertMessageHas(assertThrows(IllegalArgumentException.class,
        () -> RasProblem.of(SEED, new double[] {10, -30, 80}, COLS)), "row targets[1]", "-30.0");
    assertMessageHas(assertThrows(IllegalArgumentException.class,
        () -> RasProblem.of(SEED, ROWS, new double[] {15, 20, Double.POSITIVE_INFINITY})),
        "column targets[2]", "Infinity");
  }

  @Test
  void rejectsNegativeSeedAndWrongShapes() {
    assertMessageHas(assertThrows(IllegalArgumentException.class,
        () -> RasProblem.of(new double[][] {{1, -2}, {1, 1}}, new double[] {1, 1},
            new double[] {1, 1})), "seed cell (0, 1)", "-2.0");
    assertMessageHas(assertThrows(IllegalArgumentException.class,
        () -> RasProblem.of(SEED, new double[] {30, 30}, COLS)), "row targets", "3 entries", "2");
    assertMessageHas(assertThrows(IllegalArgumentException.class,
        () -> RasProblem.of(new double[][] {{1, 2}, {1}}, new double[] {1, 1}, new double[] {1, 1})),
        "seed row 1", "2 columns");
  }

  @Test
  void rejectsFixedCellAboveRowTarget() {
    boolean[][] fixed = new boolean[3][3];
    fixed[0][0] = true;
    double[][] seed = {{12, 2, 0}, {1, 3, 5}, {2, 2, 2}};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RasProblem(seed, ROWS, COLS, fixed));
    assertMessageHas(e, "fixed cell (0, 0)", "12.0", "row 0", "10.0");
  }

  @Test
  void rejectsFixedCellAboveColumnTarget() {
    boolean[][] fixed = new boolean[3][3];
    fixed[1][0] = true;
    double[][] seed = {{4, 2, 0}, {16, 3, 5}, {2, 2, 2}};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RasProblem(seed, ROWS, COLS, fixed));
    assertMessageHas(e, "fixed cell (1, 0)", "16.0", "column 0", "15.0");
  }

  @Test
  void rejectsRowWithTargetButNoFreePositiveCell() {
    double[][] seed = {{4, 2, 0}, {0, 0, 0}, {2, 2, 2}};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RasProblem.of(seed, ROWS, COLS));
    assertMessageHas(e, "row 1", "infeasible", "30.0");
  }

  @Test
  void rejectsRowWhoseOnlyPositiveCellsAreFixed() {
    boolean[][] fixed = new boolean[3][3];
    fixed[0][0] = true;
    fixed[0][1] = true; // row 0 then holds 6 of its 10 with nothing left to scale
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RasProblem(SEED, ROWS, COLS, fixed));
    assertMessageHas(e, "row 0", "infeasible", "4.0");
  }

  @Test
  void failsToConvergeWhenZeroPatternCannotCarryMargins() {
    // row 0 can only use column 0, which may take at most 1 of the 2 row 0 needs
    RasProblem p = RasProblem.of(new double[][] {{1, 0}, {1, 1}}, new double[] {2, 1},
        new double[] {1, 2});
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RAS.withMaxIterations(200).balance(p));
    assertMessageHas(e, "after 200 iterations", "margin error");
  }

  @Test
  void stopsAtIterationLimit() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RAS.withMaxIterations(1).balance(RasProblem.of(SEED, ROWS, COLS)));
    assertMessageHas(e, "after 1 iterations");
  }

  @Test
  void rejectsInvalidSettings() {
    assertMessageHas(assertThrows(IllegalArgumentException.class, () -> RAS.withMaxIterations(0)),
        "maxIterations", "0");
    assertMessageHas(assertThrows(IllegalArgumentException.class, () -> RAS.withTolerance(-1)),
        "tolerance", "-1.0");
  }

  private static void assertMargins(double[][] x, double[] rows, double[] cols) {
    for (int r = 0; r < rows.length; r++) {
      double s = 0;
      for (double v : x[r]) {
        s += v;
      }
      assertEquals(rows[r], s, 1e-9 * rows[r], "row " + r);
    }
    for (int c = 0; c < cols.length; c++) {
      double s = 0;
      for (double[] row : x) {
        s += row[c];
      }
      assertEquals(cols[c], s, 1e-9 * cols[c], "column " + c);
    }
  }

  private static void assertMessageHas(Exception e, String... parts) {
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), () -> "message lacks '" + p + "': " + e.getMessage());
    }
  }
}
