package org.tradeshock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tradeshock.model.GsimFixtures.EU;
import static org.tradeshock.model.GsimFixtures.JP;
import static org.tradeshock.model.GsimFixtures.US;

import java.util.List;
import org.junit.jupiter.api.Test;

class CappedNewtonTest {
  /** Residual vector over (active exporters, caps) at (y, z). */
  private static double[] residual(CappedNewton sys, int[] active, double[] y, double[] z) {
    CappedNewton.Point p = sys.evaluate(y, z);
    double[] r = new double[active.length + z.length];
    for (int a = 0; a < active.length; a++) {
      r[a] = p.st().residual[active[a]];
    }
    System.arraycopy(p.capGap(), 0, r, active.length, z.length);
    return r;
  }

  @Test
  void extendedJacobianMatchesCentralDifferences() {
    TradeMatrix base = GsimFixtures.base();
    double[][] t1 = GsimFixtures.withPower(JP, US, Double.POSITIVE_INFINITY); // with an embargo
    CesMarket market = new CesMarket(base, GsimFixtures.elasticities(), t1);
    // Two caps of different exporters, and a third on EU overlapping the first.
    List<Capacity> caps = List.of(new Capacity("EU->US,JP", EU, new int[] {US, JP}, 300),
        new Capacity("US all", US, new int[0], 400), new Capacity("EU->JP", EU, new int[] {JP}, 80));
    CappedNewton sys = new CappedNewton(market, caps, 4);
    int[] active = market.active();
    double[] y = {0.05, -0.03, 0.08, -0.02};
    double[] z = {0.10, 0.04, 0.02};
    double[][] jac = sys.jacobian(sys.evaluate(y, z));
    double h = 1e-6;
    int k = active.length;
    for (int c = 0; c < k + z.length; c++) {
      double[] yp = y.clone();
      double[] ym = y.clone();
      double[] zp = z.clone();
      double[] zm = z.clone();
      if (c < k) {
        yp[active[c]] += h;
        ym[active[c]] -= h;
      } else {
        zp[c - k] += h;
        zm[c - k] -= h;
      }
      double[] rp = residual(sys, active, yp, zp);
      double[] rm = residual(sys, active, ym, zm);
      for (int r = 0; r < rp.length; r++) {
        // central differences are accurate to ~h^2 x third derivative, far below 1e-7 here
        assertEquals((rp[r] - rm[r]) / (2 * h), jac[r][c], 1e-7, "d r" + r + " / d u" + c);
      }
    }
  }
}
