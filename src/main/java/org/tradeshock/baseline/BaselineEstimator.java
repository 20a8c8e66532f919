package org.tradeshock.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradeshock.model.TradeMatrix;

/**
 * Estimates a base-year bilateral matrix from exporter and importer totals by biproportional
 * balancing (RAS), holding known bilateral shares fixed.
 *
 * <p>Method: (1) importer totals are scaled to the world export total, because reported imports
 * (cif, other coverage) exceed reported exports; (2) the seed is the product of the margins, with
 * zero own trade for single-country regions and own trade kept for multi-country regions (trade
 * inside the EU, inside the rest of the world); (3) each known share fixes its cell at share x the
 * importer's scaled total; (4) RAS balances the free cells to both margins (Bacharach 1970);
 * (5) tonnes become values at each exporter's unit value, so the model's base world prices are 1.
 */
public final class BaselineEstimator {
  private BaselineEstimator() {}

  /**
   * Builds the baseline.
   *
   * @param totals region totals (tonnes, values)
   * @param fixed known shares to hold fixed (regions must be in {@code totals})
   * @return the estimated baseline
   * @throws IllegalArgumentException when the totals and fixed shares are inconsistent (the message
   *     names the cell and the margin)
   */
  public static Baseline estimate(RegionTotals totals, List<FixedShare> fixed) {
    List<String> regions = totals.regions();
    int n = regions.size();
    double[] x = totals.exportTonnes();
    double[] m = totals.importTonnes();
    double scale = sum(x) / sum(m);
    for (int v = 0; v < n; v++) {
      m[v] *= scale;
    }
    double[][] seed = new double[n][n];
    boolean[][] isFixed = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < n; v++) {
        boolean own = i == v && !totals.multiCountry().contains(regions.get(i));
        seed[i][v] = own ? 0 : x[i] * m[v];
      }
    }
    List<String> notes = new ArrayList<>();
    for (FixedShare f : fixed) {
      int i = index(regions, f.exporter());
      int v = index(regions, f.importer());
      seed[i][v] = f.share() * m[v];
      isFixed[i][v] = true;
      notes.add(String.format(Locale.ROOT, "%s -> %s fixed at %.1f%% of %s imports = %,.0f t (%s)",
          f.exporter(), f.importer(), 100 * f.share(), f.importer(), seed[i][v], f.source()));
    }
    RasResult r = Ras.create().balance(new RasProblem(seed, x, m, isFixed));
    double[] uv = unitValues(totals);
    double[][] values = new double[n][n];
    double[][] tonnes = r.matrix();
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < n; v++) {
        values[i][v] = tonnes[i][v] * uv[i];
      }
    }
    notes.add(0, String.format(Locale.ROOT,
        "importer totals scaled by %.4f to the world export total of %,.0f t; RAS converged in %d iterations (max margin error %.1e)",
        scale, sum(x), r.iterations(), r.maxMarginError()));
    String method = "Estimated by RAS: exporter totals and importer totals (scaled to world exports) balanced"
        + " from a product-of-margins seed, with " + fixed.size() + " known bilateral shares held fixed;"
        + " tonnes valued at each exporter's unit value.";
    return new Baseline(TradeMatrix.dutyFree(regions, values), tonnes, uv, true, method, notes);
  }

  /** Exporter unit values in USD/t; where unknown, the world average. */
  static double[] unitValues(RegionTotals t) {
    double[] q = t.exportTonnes();
    double[] val = t.exportValueUsd();
    double sq = 0;
    double sv = 0;
    for (int i = 0; i < q.length; i++) {
      if (q[i] > 0 && val[i] > 0) {
        sq += q[i];
        sv += val[i];
      }
    }
    double world = sv / sq;
    double[] uv = new double[q.length];
    for (int i = 0; i < q.length; i++) {
      uv[i] = q[i] > 0 && val[i] > 0 ? val[i] / q[i] : world;
    }
    return uv;
  }

  private static int index(List<String> regions, String code) {
    int k = regions.indexOf(code);
    if (k < 0) {
      throw new IllegalArgumentException("fixed share names region '" + code + "' which is not a model region " + regions);
    }
    return k;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double d : a) {
      s += d;
    }
    return s;
  }
}
