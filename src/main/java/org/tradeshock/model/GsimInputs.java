package org.tradeshock.model;

import java.util.Objects;
import org.tradeshock.common.Checks;

/** Validation of GSIM solver inputs shared by the linear and the levels form. */
final class GsimInputs {
  private GsimInputs() {}

  /**
   * Checks that the elasticities cover the matrix's regions and that {@code newPowers} is n x n with
   * entries &gt; 0 (not NaN); {@code +Infinity} passes only when {@code allowEmbargo} is true.
   *
   * @return a defensive copy of {@code newPowers}
   */
  static double[][] checkedPowers(
      TradeMatrix base, Elasticities elasticities, double[][] newPowers, boolean allowEmbargo) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(elasticities, "elasticities");
    elasticities.requireSize(base.regions());
    int n = base.size();
    double[][] t1 = TradeMatrix.copySquare("newPowers", newPowers, n);
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < n; v++) {
        String cell = TradeMatrix.cell("new tariff power", base.regions(), i, v);
        Checks.check(t1[i][v] > 0, "%s must be > 0 but was %s", cell, t1[i][v]);
        Checks.check(allowEmbargo || Double.isFinite(t1[i][v]),
            "%s is %s, which the linear GSIM cannot represent (an embargo); "
                + "use the levels form GsimLevels instead", cell, t1[i][v]);
      }
    }
    return t1;
  }
}
