package org.tradeshock.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tradeshock.model.TradeMatrix;

/**
 * A baseline taken from a bilateral flows table (exporter, importer, value, optional tariff),
 * optionally aggregated to model regions.
 */
public final class FlowsBaseline {
  private FlowsBaseline() {}

  /**
   * Builds the matrix.
   *
   * @param flows pair (exporter, importer) to {value USD, ad-valorem tariff} or {value USD,
   *     ad-valorem tariff, tonnes (NaN unknown)}
   * @param regions region code to member codes ({@code rest} takes all others), or null to use the
   *     table's own codes as regions
   * @param source the file, for the report
   */
  public static Baseline of(Map<List<String>, double[]> flows, Map<String, List<String>> regions, String source) {
    Map<String, String> regionOf = new HashMap<>();
    String rest = null;
    List<String> order;
    if (regions == null) {
      Set<String> codes = new java.util.TreeSet<>();
      flows.keySet().forEach(codes::addAll);
      order = new ArrayList<>(codes);
      order.forEach(c -> regionOf.put(c, c));
    } else {
      order = new ArrayList<>(regions.keySet());
      for (Map.Entry<String, List<String>> e : regions.entrySet()) {
        for (String m : e.getValue()) {
          if ("rest".equals(m)) {
            rest = e.getKey();
          } else {
            regionOf.put(m, e.getKey());
          }
        }
      }
    }
    int n = order.size();
    double[][] value = new double[n][n];
    double[][] taxed = new double[n][n];
    double[][] tonnes = new double[n][n];
    boolean[][] unknownTonnes = new boolean[n][n];
    Set<String> dropped = new LinkedHashSet<>();
    for (Map.Entry<List<String>, double[]> e : flows.entrySet()) {
      String ri = regionOf.getOrDefault(e.getKey().get(0), rest);
      String rv = regionOf.getOrDefault(e.getKey().get(1), rest);
      if (ri == null || rv == null) {
        dropped.add(ri == null ? e.getKey().get(0) : e.getKey().get(1));
        continue;
      }
      int i = order.indexOf(ri);
      int v = order.indexOf(rv);
      value[i][v] += e.getValue()[0];
      taxed[i][v] += e.getValue()[0] * e.getValue()[1];
      double t = e.getValue().length > 2 ? e.getValue()[2] : Double.NaN;
      if (Double.isNaN(t)) {
        unknownTonnes[i][v] = true;
      } else {
        tonnes[i][v] += t;
      }
    }
    double[][] powers = new double[n][n];
    double[] uv = new double[n];
    for (int i = 0; i < n; i++) {
      double sv = 0;
      double st = 0;
      for (int v = 0; v < n; v++) {
        powers[i][v] = 1 + (value[i][v] > 0 ? taxed[i][v] / value[i][v] : 0);
        if (unknownTonnes[i][v] || (value[i][v] > 0 && tonnes[i][v] <= 0)) {
          tonnes[i][v] = Double.NaN;
        } else {
          sv += value[i][v];
          st += tonnes[i][v];
        }
      }
      // Unit value from the pairs with known quantities; NaN when none has one.
      uv[i] = st > 0 ? sv / st : Double.NaN;
    }
    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "%d bilateral pairs read from %s", flows.size(), source));
    if (!dropped.isEmpty()) {
      notes.add("codes in no region (left out): " + dropped);
    }
    return new Baseline(new TradeMatrix(order, value, powers), tonnes, uv, false,
        "Observed bilateral flows from " + source + (regions == null ? "." : ", aggregated to the job's regions."), notes);
  }
}
