package org.tradeshock.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeshock.datasets.Claim;
import org.tradeshock.datasets.ClaimRule;
import org.tradeshock.datasets.TradeTotal;

/**
 * The rules on trade totals: export share, export change and export level.
 *
 * <p>Implementation notes: the world total is the sum over the country rows of trade_totals.csv
 * (FAO aggregates were dropped when the table was built), so shares differ slightly from shares of
 * FAO's own "World" row (Belarus K2O 2019: 17.4 % here vs 17.2 % in FACTS.md).
 */
final class TradeRules {
  private final List<TradeTotal> rows;

  TradeRules(List<TradeTotal> rows) {
    this.rows = rows;
  }

  /** Sum of the measure over exports of {@code codes} (all must report), NaN when one is missing. */
  double exports(List<String> codes, int year, String measure) {
    double sum = 0;
    for (String code : codes) {
      double v = Double.NaN;
      for (TradeTotal t : rows) {
        if (t.year() == year && t.iso3().equals(code) && t.flow().equals(TradeTotal.EXPORT)
            && t.product().equals(product(measure))) {
          v = value(t, measure);
        }
      }
      sum += v;
    }
    return sum;
  }

  /** World exports: sum of the measure over all exporting countries; NaN when no row. */
  double worldExports(int year, String measure) {
    double sum = 0;
    boolean any = false;
    for (TradeTotal t : rows) {
      if (t.year() == year && t.flow().equals(TradeTotal.EXPORT) && t.product().equals(product(measure))) {
        double v = value(t, measure);
        if (!Double.isNaN(v)) {
          sum += v;
          any = true;
        }
      }
    }
    return any ? sum : Double.NaN;
  }

  ClaimVerdict share(Claim c) {
    List<String> codes = codes(c.param("exporter"));
    List<Integer> years = ClaimRule.years("years", c.param("years"));
    Map<String, Double> computed = new LinkedHashMap<>();
    List<Double> dev = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String m : c.param("measures").split(",")) {
      List<String> cells = new ArrayList<>();
      for (int y : years) {
        double share = 100 * exports(codes, y, m) / worldExports(y, m);
        if (Double.isNaN(share)) {
          missing.add(m + " " + y);
          continue;
        }
        computed.put(m + " " + y, share);
        dev.add(Math.abs(share - c.quantity()));
        cells.add(String.format(Locale.ROOT, "%d %.1f%%", y, share));
      }
      if (!cells.isEmpty()) {
        parts.add(label(m) + " " + String.join(", ", cells));
      }
    }
    String evidence = String.format(Locale.ROOT, "%s share of world exports (sum over countries): %s",
        String.join("+", codes), String.join("; ", parts));
    return finish(c, computed, dev, evidence, missing, "%.1f%% ± %.1f pp");
  }

  ClaimVerdict change(Claim c) {
    List<String> codes = codes(c.param("exporter"));
    int from = Integer.parseInt(c.param("from"));
    int to = Integer.parseInt(c.param("to"));
    String m = c.param("measure");
    double a = exports(codes, from, m);
    double b = exports(codes, to, m);
    double pct = 100 * (b - a) / a;
    Map<String, Double> computed = new LinkedHashMap<>();
    List<Double> dev = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (Double.isNaN(pct)) {
      missing.add(m + " " + from + "/" + to);
    } else {
      computed.put(m + " " + from + "-" + to, pct);
      dev.add(Math.abs(pct - c.quantity()));
    }
    String evidence = String.format(Locale.ROOT, "%s exports, %s: %d %s, %d %s, change %+.1f%%",
        String.join("+", codes), label(m), from, amount(a, m), to, amount(b, m), pct);
    return finish(c, computed, dev, evidence, missing, "%+.1f%% ± %.1f pp");
  }

  ClaimVerdict level(Claim c) {
    List<String> codes = codes(c.param("exporter"));
    String m = c.param("measure");
    Map<String, String> p = c.paramMap();
    double min = p.containsKey("min") ? Double.parseDouble(p.get("min")) : c.quantity();
    double max = p.containsKey("max") ? Double.parseDouble(p.get("max")) : c.quantity();
    Map<String, Double> computed = new LinkedHashMap<>();
    List<Double> dev = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int y : ClaimRule.years("years", c.param("years"))) {
      double v = exports(codes, y, m) / (m.startsWith("tonnes") ? 1e6 : 1e9);
      if (Double.isNaN(v)) {
        missing.add(m + " " + y);
        continue;
      }
      computed.put(m + " " + y, v);
      dev.add(Math.max(0, Math.max(min - v, v - max)));
      cells.add(String.format(Locale.ROOT, "%d %.2f %s", y, v, m.startsWith("tonnes") ? "Mt" : "USD bn"));
    }
    String evidence = String.format(Locale.ROOT, "%s exports, %s: %s; claimed range %s-%s, tolerance %s outside it",
        String.join("+", codes), label(m), String.join(", ", cells), fmt(min), fmt(max), fmt(c.tolerance()));
    return finish(c, computed, dev, evidence, missing, null);
  }

  private static ClaimVerdict finish(Claim c, Map<String, Double> computed, List<Double> dev,
      String evidence, List<String> missing, String claimedTemplate) {
    Verdict v = Tolerance.classify(dev, c.tolerance());
    StringBuilder sb = new StringBuilder(evidence);
    if (claimedTemplate != null) {
      sb.append(". Claimed ").append(String.format(Locale.ROOT, claimedTemplate, c.quantity(), c.tolerance()));
    }
    sb.append(String.format(Locale.ROOT, ": %d of %d values within tolerance",
        Tolerance.within(dev, c.tolerance()), dev.size()));
    if (!missing.isEmpty()) {
      sb.append("; not in the bundled data: ").append(String.join(", ", missing));
    }
    return new ClaimVerdict(c, v, sb.toString(), computed);
  }

  private static List<String> codes(String exporter) {
    return Arrays.asList(exporter.split("\\+"));
  }

  private static String product(String measure) {
    return measure.substring(measure.indexOf('_') + 1);
  }

  private static double value(TradeTotal t, String measure) {
    return measure.startsWith("tonnes") ? t.tonnes() : t.valueUsd();
  }

  private static String label(String measure) {
    return product(measure) + (measure.startsWith("tonnes") ? " tonnes" : " value");
  }

  private static String amount(double v, String measure) {
    return measure.startsWith("tonnes")
        ? String.format(Locale.ROOT, "%.2f Mt", v / 1e6)
        : String.format(Locale.ROOT, "USD %.2f bn", v / 1e9);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%s", v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
  }
}
