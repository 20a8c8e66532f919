package org.tradeshock.model;

import java.util.List;

/** The 4x4 US-EU FTA example of GSIM4x4.xls (Francois and Hall), MODELS.md 4.1. */
final class GsimFixtures {
  static final List<String> REGIONS = List.of("US", "JP", "EU", "RW");
  static final int US = 0;
  static final int JP = 1;
  static final int EU = 2;
  static final int RW = 3;

  private GsimFixtures() {}

  /** Base values M0 and powers T0 as printed in MODELS.md 4.1. */
  static TradeMatrix base() {
    double[][] m0 = {
      {0, 50, 200, 300},
      {500, 0, 150, 200},
      {300, 100, 200, 200},
      {50, 100, 110, 20},
    };
    double[][] t0 = {
      {1.00, 1.21, 1.41, 1.22},
      {1.37, 1.00, 1.31, 1.23},
      {1.32, 1.36, 1.00, 1.18},
      {1.57, 1.41, 1.25, 1.15},
    };
    return new TradeMatrix(REGIONS, m0, t0);
  }

  /** Em = -1.25, Es = 5, Ex = 1.5 for every region (MODELS.md 4.1). */
  static Elasticities elasticities() {
    return Elasticities.uniform(4, -1.25, 5, 1.5);
  }

  /** The FTA scenario: T1(US,EU) = T1(EU,US) = 1, everything else unchanged. */
  static double[][] fta() {
    double[][] t1 = base().powers();
    t1[US][EU] = 1.0;
    t1[EU][US] = 1.0;
    return t1;
  }

  /** T0 with one cell replaced. */
  static double[][] withPower(int i, int v, double power) {
    double[][] t1 = base().powers();
    t1[i][v] = power;
    return t1;
  }

  /** T0 scaled by {@code factor} in every cell. */
  static double[][] scaled(double factor) {
    double[][] t1 = base().powers();
    for (double[] row : t1) {
      for (int v = 0; v < row.length; v++) {
        row[v] *= factor;
      }
    }
    return t1;
  }
}
