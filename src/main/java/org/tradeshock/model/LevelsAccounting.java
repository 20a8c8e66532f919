package org.tradeshock.model;

/** Turns a converged CES levels market into a {@link GsimSolution} with exact welfare areas. */
final class LevelsAccounting {
  private LevelsAccounting() {}

  static GsimSolution solution(TradeMatrix base, Elasticities e, double[][] t1, CesMarket market,
      double[] y, CesMarket.State st, SolverDiagnostics diag, java.util.List<CapacityStatus> caps) {
    int n = base.size();
    double[] em = e.importDemand();
    double[] ex = e.exportSupply();
    double[] worldPrice = new double[n];
    double[] composite = new double[n];
    double[][] values = new double[n][n];
    double[] ps = new double[n];
    double[] cs = new double[n];
    double[] revenue = new double[n];
    for (int r = 0; r < n; r++) {
      worldPrice[r] = Math.expm1(y[r]);
      composite[r] = st.price[r] - 1;
      ps[r] = market.baseExports(r) * area(1 + ex[r], y[r]);
      cs[r] = -market.baseImports(r) * area(1 + em[r], Math.log(st.price[r]));
    }
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < n; v++) {
        values[i][v] = Math.exp(y[i]) * st.flow[i][v];
        // An embargoed flow is exactly 0; skip it so that Infinity x 0 does not give NaN.
        double collected = values[i][v] == 0 ? 0 : (t1[i][v] - 1) * values[i][v];
        revenue[v] += collected - (base.power(i, v) - 1) * base.value(i, v);
      }
    }
    return new GsimSolution(base.regions(), t1, worldPrice, st.flow, values, composite, ps, cs,
        revenue, diag, caps);
  }

  /**
   * (P^k - 1)/k with ln P = {@code lnP}, the area under a constant-elasticity curve; ln P when
   * k = 0. Uses expm1 so that k near 0 keeps full precision.
   */
  static double area(double k, double lnP) {
    if (k == 0) {
      return lnP;
    }
    return Math.expm1(k * lnP) / k;
  }
}
