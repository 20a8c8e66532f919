package org.tradeshock.baseline;

import java.util.List;
import org.tradeshock.model.TradeMatrix;

/**
 * The base-year bilateral matrix a job's scenarios start from, with how it was obtained.
 *
 * @param matrix values in USD at base world prices (the model's input)
 * @param tonnes the same flows in tonnes (NaN where unknown)
 * @param unitValue exporter unit values, USD per tonne
 * @param estimated true when the matrix is estimated (not observed bilateral data)
 * @param method one paragraph saying how it was built, for the report
 * @param notes details: scaling, fixed cells, solver statistics
 */
public record Baseline(TradeMatrix matrix, double[][] tonnes, double[] unitValue, boolean estimated,
    String method, List<String> notes) {
  /** Copies. */
  public Baseline {
    tonnes = matrix == null ? null : copy(tonnes);
    unitValue = unitValue.clone();
    notes = List.copyOf(notes);
  }

  @Override
  public double[][] tonnes() {
    return copy(tonnes);
  }

  @Override
  public double[] unitValue() {
    return unitValue.clone();
  }

  /**
   * Total exports of region i in tonnes; pairs without a known quantity are converted from their
   * value at the exporter's unit value (NaN when that is unknown too).
   */
  public double exportTonnes(int i) {
    double s = 0;
    for (int v = 0; v < tonnes[i].length; v++) {
      s += Double.isNaN(tonnes[i][v]) ? matrix.value(i, v) / unitValue[i] : tonnes[i][v];
    }
    return s;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
