package org.tradeshock.calibration;

import java.util.List;
import org.tradeshock.baseline.Ras;
import org.tradeshock.baseline.RasProblem;
import org.tradeshock.model.Capacity;
import org.tradeshock.model.Elasticities;
import org.tradeshock.model.TradeMatrix;

/**
 * A plausible 13-region 2019 potash (MOP) matrix like the flagship's, for tests and the benchmark.
 *
 * <p>Margins are round 2019 MOP totals in Mt as given in the project brief (exports: Canada 19.5,
 * Belarus 10.3, Russia 9.4, Israel 3.3, EU 3.7, Jordan 1.9; imports: USA 11.4, Brazil 10.5, China
 * 9.1, India 4.2, Indonesia 2.8, Malaysia 1.1, EU 4.0, ROW the rest); ROW exports 0.9 Mt (assumed,
 * so that totals balance with ROW imports 7.0). The pattern inside the margins is an assumed
 * affinity seed balanced by RAS; it is illustrative, not data. Values are USD at 300 USD/t.
 */
public final class PotashFixture {
  /** Region codes in matrix order. */
  public static final List<String> REGIONS = List.of(
      "CAN", "RUS", "BLR", "ISR", "JOR", "EU", "USA", "BRA", "CHN", "IND", "IDN", "MYS", "ROW");
  /** USD per tonne used to turn Mt into base values. */
  public static final double USD_PER_MT = 300e6;

  private PotashFixture() {}

  /** The balanced 2019 matrix in USD, duty-free base. */
  public static TradeMatrix base() {
    double[] exportsMt = {19.5, 9.4, 10.3, 3.3, 1.9, 3.7, 0, 0, 0, 0, 0, 0, 0.9};
    double[] importsMt = {0, 0, 0, 0, 0, 4.0, 11.4, 10.5, 9.1, 4.2, 2.8, 1.1, 0};
    double total = 0;
    double imp = 0;
    for (int k = 0; k < 13; k++) {
      total += exportsMt[k];
      imp += importsMt[k];
    }
    importsMt[12] = total - imp;
    double[][] seed = new double[13][13];
    for (int i = 0; i < 13; i++) {
      for (int v = 0; v < 13; v++) {
        seed[i][v] = exportsMt[i] > 0 && importsMt[v] > 0 && i != v ? 1 : 0;
      }
    }
    seed[0][6] = 6; // CAN -> USA (rail, Canpotex)
    seed[2][8] = 2; // BLR -> CHN
    seed[2][9] = 2; // BLR -> IND
    seed[2][7] = 2; // BLR -> BRA
    seed[1][7] = 3; // RUS -> BRA
    seed[1][8] = 2; // RUS -> CHN
    seed[3][9] = 2; // ISR -> IND
    seed[4][9] = 2; // JOR -> IND
    double[] rows = scale(exportsMt);
    double[] cols = scale(importsMt);
    double[][] m = Ras.create().balance(RasProblem.of(seed, rows, cols)).matrix();
    return TradeMatrix.dutyFree(REGIONS, m);
  }

  private static double[] scale(double[] mt) {
    double[] out = new double[mt.length];
    for (int k = 0; k < mt.length; k++) {
      out[k] = mt[k] * USD_PER_MT;
    }
    return out;
  }

  /** Illustrative central elasticities: Em = -0.4, sigma = 4, Ex = 1 everywhere. */
  public static Elasticities elasticities() {
    return Elasticities.uniform(13, -0.4, 4, 1.0);
  }

  /** The sanctioned scenario with hand-set wedges and an optional Russian-route cap (Mt). */
  public static ScenarioSpec sanctioned(TradeMatrix b, String name, boolean eu, boolean us,
      boolean klaipeda, double railCapMt) {
    List<Measure> ms = new java.util.ArrayList<>();
    if (eu) {
      ms.add(Measure.embargo(b, "EU ban", "BLR", List.of("EU")));
    }
    if (us) {
      ms.add(Measure.embargo(b, "US ban", "BLR", List.of("USA")));
      ms.add(Measure.exporterWide(b, "US financial", "BLR", 0.10));
    }
    if (klaipeda) {
      ms.add(Measure.exporterWide(b, "Klaipeda", "BLR", 0.25));
    }
    List<Capacity> caps = railCapMt > 0 && klaipeda
        ? List.of(Capacity.exporterWide(b, "Russian ports+rail", "BLR", railCapMt * USD_PER_MT))
        : List.of();
    return new ScenarioSpec(name, ms, caps);
  }

  /** The six flagship scenarios: pre-sanction, sanctioned, US relief, US relief + Klaipeda, full relief, snapback. */
  public static List<ScenarioSpec> scenarios(TradeMatrix b, double railCapMt) {
    return List.of(
        ScenarioSpec.none("pre-sanction"),
        sanctioned(b, "sanctioned", true, true, true, railCapMt),
        sanctioned(b, "US relief", true, false, true, railCapMt),
        sanctioned(b, "US relief + Klaipeda", true, false, false, railCapMt),
        ScenarioSpec.none("full relief"),
        sanctioned(b, "snapback", true, true, true, railCapMt));
  }
}
