package org.tradeshock.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParameterDistributionTest {
  private static double[] sample(ParameterDistribution d, int n) {
    SplittableRandom rng = new SplittableRandom(42);
    double[] x = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = d.sample(rng);
    }
    return x;
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  @Test
  void pertStaysInRangeWithTheTextbookMean() {
    ParameterDistribution d = ParameterDistribution.pert(2, 4, 8);
    double[] x = sample(d, 40_000);
    for (double v : x) {
      assertTrue(v >= 2 && v <= 8, "draw " + v);
    }
    // PERT mean (low + 4 mode + high)/6 = 4.333 (Vose 2008); sd = (8-2)/6 ~ 1 allows 0.02 at n = 40k
    assertEquals(26.0 / 6, d.mean(), 1e-12);
    assertEquals(d.mean(), mean(x), 0.02);
  }

  @Test
  void triangularHasTheMeanOfItsCorners() {
    ParameterDistribution d = ParameterDistribution.triangular(-0.8, -0.4, -0.2);
    double[] x = sample(d, 40_000);
    assertEquals((-0.8 - 0.4 - 0.2) / 3, mean(x), 0.003);
  }

  @Test
  void fixedAlwaysGivesItsValue() {
    assertEquals(0.25, ParameterDistribution.fixed(0.25).sample(new SplittableRandom(1)), 0);
  }

  @Test
  void rejectsRangesOutOfOrderAndElasticitiesOfTheWrongSign() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParameterDistribution.pert(1, 0.5, 2));
    assertTrue(e.getMessage().contains("low <= central <= high") && e.getMessage().contains("0.5"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Parameter.elasticity("Em",
        Parameter.Kind.IMPORT_DEMAND, ParameterDistribution.pert(-1, -0.5, 0.1), "x"));
    assertTrue(e.getMessage().contains("Em") && e.getMessage().contains("0.1"), e.getMessage());
  }
}
