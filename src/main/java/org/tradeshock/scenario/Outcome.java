package org.tradeshock.scenario;

import java.util.List;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.SolverDiagnostics;
import org.tradeshock.model.TradeMatrix;

/**
 * The levels of one solved state, so that any two states can be compared: world price levels
 * (base = 1), export volumes and revenues, composite import price levels, and welfare changes
 * measured from the base year.
 *
 * @param id scenario id ({@code base} for the base-year equilibrium)
 * @param label text for reports
 * @param regions region codes
 * @param worldPrice exporter fob price level, base = 1
 * @param exportVolume export quantity by exporter, base-value units
 * @param exportRevenue export revenue by exporter at new prices, base-value units
 * @param importPrice composite import price level by importer, base = 1
 * @param producerSurplus change from the base year, by region
 * @param consumerSurplus change from the base year, by region
 * @param tariffRevenue change from the base year, by region
 * @param values bilateral values at new world prices
 * @param diagnostics the solve's diagnostics, or null for the base
 * @param capacities the status of each capacity limit in force (empty when none)
 */
public record Outcome(
    String id,
    String label,
    List<String> regions,
    double[] worldPrice,
    double[] exportVolume,
    double[] exportRevenue,
    double[] importPrice,
    double[] producerSurplus,
    double[] consumerSurplus,
    double[] tariffRevenue,
    double[][] values,
    SolverDiagnostics diagnostics,
    List<org.tradeshock.model.CapacityStatus> capacities) {

  /** The base-year equilibrium as an outcome: prices 1, base volumes and values, zero welfare change. */
  public static Outcome base(TradeMatrix m) {
    int n = m.size();
    double[] ones = new double[n];
    double[] vol = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    for (int i = 0; i < n; i++) {
      vol[i] = m.exportTotal(i);
    }
    return new Outcome("base", "Base year", m.regions(), ones, vol, vol.clone(), ones.clone(),
        new double[n], new double[n], new double[n], m.values(), null, List.of());
  }

  /** The outcome of a solved scenario. */
  public static Outcome of(String id, String label, GsimSolution s) {
    int n = s.regions().size();
    double[] p = s.worldPriceChange();
    double[] cp = s.compositePriceChange();
    double[] vol = new double[n];
    double[] rev = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] += 1;
      cp[i] += 1;
      vol[i] = s.exportVolume(i);
      rev[i] = s.exportRevenue(i);
    }
    return new Outcome(id, label, s.regions(), p, vol, rev, cp, s.producerSurplus(), s.consumerSurplus(),
        s.tariffRevenue(), s.newValues(), s.diagnostics(), s.capacities());
  }

  /**
   * This outcome with the wedge revenue of dissipative measures taken out of the importers'
   * revenue: on each route, the importer keeps {@code (Tc - 1) P* M} where {@code Tc} is the
   * collected part of the power, and the rest {@code (T1 - Tc) P* M} is a real trade cost that no
   * region receives. Embargoed routes carry no flow and no revenue.
   *
   * @param t1 all powers in force
   * @param collected the collected part of the powers
   */
  public Outcome withDissipatedWedges(double[][] t1, double[][] collected) {
    double[] rev = tariffRevenue.clone();
    for (int i = 0; i < regions.size(); i++) {
      for (int v = 0; v < regions.size(); v++) {
        if (values[i][v] > 0 && Double.isFinite(t1[i][v])) {
          rev[v] -= (t1[i][v] - collected[i][v]) * values[i][v];
        }
      }
    }
    return new Outcome(id, label, regions, worldPrice, exportVolume, exportRevenue, importPrice, producerSurplus,
        consumerSurplus, rev, values, diagnostics, capacities);
  }

  /** Net welfare change from the base year by region. */
  public double welfare(int r) {
    return producerSurplus[r] + consumerSurplus[r] + tariffRevenue[r];
  }

  /** Index of a region code. */
  public int indexOf(String region) {
    int k = regions.indexOf(region);
    if (k < 0) {
      throw new IllegalArgumentException("unknown region '" + region + "': expected one of " + regions);
    }
    return k;
  }

  /** World exports at new prices (equal to world imports at fob prices). */
  public double worldTrade() {
    double s = 0;
    for (double r : exportRevenue) {
      s += r;
    }
    return s;
  }
}
