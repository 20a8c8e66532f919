package org.tradeshock.model;

/**
 * The calibrated linear GSIM system A x = b of MODELS.md 3.1 and its post-solution accounting.
 */
final class LinearSystem {
  private final TradeMatrix base;
  private final double[] em;
  private final double[] es;
  private final double[] ex;
  private final double[][] theta;
  private final double[][] phi;
  private final double[][] powerChange;
  private final double[][] a;
  private final double[] b;

  private LinearSystem(TradeMatrix base, Elasticities e, double[][] t1) {
    this.base = base;
    this.em = e.importDemand();
    this.es = e.substitution();
    this.ex = e.exportSupply();
    int n = base.size();
    theta = new double[n][n];
    phi = new double[n][n];
    powerChange = new double[n][n];
    for (int i = 0; i < n; i++) {
      double exports = base.exportTotal(i);
      for (int v = 0; v < n; v++) {
        double imports = base.importTotalInternal(v);
        // Zero totals mean the share is never used (its flows are all 0), so 0 is safe.
        theta[i][v] = imports > 0 ? base.value(i, v) * base.power(i, v) / imports : 0;
        phi[i][v] = exports > 0 ? base.value(i, v) / exports : 0;
        powerChange[i][v] = t1[i][v] / base.power(i, v) - 1;
      }
    }
    a = new double[n][n];
    b = new double[n];
    fill();
  }

  static LinearSystem build(TradeMatrix base, Elasticities e, double[][] t1) {
    return new LinearSystem(base, e, t1);
  }

  double[][] a() {
    return a;
  }

  double[] b() {
    return b;
  }

  /** N(i,v),(j,v): own-price demand elasticity when i == j, cross-price otherwise. */
  private double demand(int i, int j, int v) {
    return i == j
        ? theta[i][v] * em[v] - (1 - theta[i][v]) * es[v]
        : theta[j][v] * (em[v] + es[v]);
  }

  private void fill() {
    int n = b.length;
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < n; v++) {
        if (phi[i][v] == 0) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          double nij = demand(i, j, v);
          a[i][j] += phi[i][v] * nij;
          b[i] -= phi[i][v] * nij * powerChange[j][v];
        }
      }
      a[i][i] -= ex[i];
    }
  }

  /** M^(i,v) for world-price changes x. */
  private double quantityChange(double[] x, int i, int v) {
    double s = 0;
    for (int j = 0; j < x.length; j++) {
      s += demand(i, j, v) * (powerChange[j][v] + x[j]);
    }
    return s;
  }

  GsimSolution solution(double[] x, double[][] t1, boolean sheetCs, SolverDiagnostics diag) {
    int n = x.length;
    double[][] q = new double[n][n];
    double[][] val = new double[n][n];
    double[] composite = new double[n];
    double[] revenue = new double[n];
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < n; v++) {
        double m0 = base.value(i, v);
        q[i][v] = m0 * (1 + quantityChange(x, i, v));
        val[i][v] = q[i][v] * (1 + x[i]);
        composite[v] += theta[i][v] * (powerChange[i][v] + x[i]);
        revenue[v] += val[i][v] * (t1[i][v] - 1) - m0 * (base.power(i, v) - 1);
      }
    }
    double[] ps = new double[n];
    double[] cs = new double[n];
    for (int r = 0; r < n; r++) {
      ps[r] = base.exportTotal(r) * x[r] * (1 + 0.5 * ex[r] * x[r]);
      cs[r] = consumerSurplus(base.importTotalInternal(r), composite[r], em[r], sheetCs);
    }
    return new GsimSolution(base.regions(), t1, x, q, val, composite, ps, cs, revenue, diag);
  }

  static double consumerSurplus(double r0m, double p, double em, boolean sheet) {
    return sheet
        ? 0.5 * p * p * r0m * Math.signum(p) * em - r0m * p
        : -r0m * p - 0.5 * em * r0m * p * p;
  }
}
