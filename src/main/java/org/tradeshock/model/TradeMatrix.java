package org.tradeshock.model;

import java.util.List;
import java.util.Locale;
import org.tradeshock.common.Checks;

/**
 * Base-year bilateral trade of one product among {@code n} regions, with the initial tariff powers.
 *
 * <p>{@code values[i][v]} is the value shipped from exporter {@code i} to importer {@code v} at world
 * prices (the diagonal may hold own trade); {@code powers[i][v]} is the initial power of the
 * tariff-equivalent wedge {@code T0 = 1 + t0}. With world prices normalised to 1 in the base year,
 * values are also quantities (Francois and Hall, GSIM). This class is immutable: the arrays are
 * copied in and out.
 *
 * @param regions region codes, in matrix order, unique
 * @param values base values, n x n, finite and &gt;= 0
 * @param powers initial tariff powers, n x n, finite and &gt; 0
 */
public record TradeMatrix(List<String> regions, double[][] values, double[][] powers)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;


  /** Validates shapes and values and takes defensive copies. */
  public TradeMatrix {
    regions = List.copyOf(regions);
    int n = regions.size();
    Checks.check(n >= 2, "a trade matrix needs at least 2 regions but has %d", n);
    Checks.check(regions.stream().distinct().count() == n, "region codes must be unique: %s", regions);
    values = copySquare("values", values, n);
    powers = copySquare("powers", powers, n);
    for (int i = 0; i < n; i++) {
      for (int v = 0; v < n; v++) {
        Checks.nonNegative(cell("value", regions, i, v), values[i][v]);
        Checks.positive(cell("tariff power", regions, i, v), powers[i][v]);
      }
    }
  }

  /** A matrix with all initial tariff powers equal to 1 (free trade in the base year). */
  public static TradeMatrix dutyFree(List<String> regions, double[][] values) {
    int n = regions.size();
    double[][] ones = new double[n][n];
    for (double[] row : ones) {
      java.util.Arrays.fill(row, 1.0);
    }
    return new TradeMatrix(regions, values, ones);
  }

  /** Number of regions. */
  public int size() {
    return regions.size();
  }

  /** Index of a region code, or an exception naming the known codes. */
  public int indexOf(String region) {
    int k = regions.indexOf(region);
    Checks.check(k >= 0, "unknown region '%s': expected one of %s", region, regions);
    return k;
  }

  /** Base value from exporter {@code i} to importer {@code v}. */
  public double value(int i, int v) {
    return values[i][v];
  }

  /** Initial tariff power from exporter {@code i} to importer {@code v}. */
  public double power(int i, int v) {
    return powers[i][v];
  }

  /** Total base exports of {@code i} at world prices, {@code R0x(i) = sum_v M0(i,v)}. */
  public double exportTotal(int i) {
    double s = 0;
    for (int v = 0; v < size(); v++) {
      s += values[i][v];
    }
    return s;
  }

  /** Total base imports of {@code v} at internal prices, {@code R0m(v) = sum_i M0(i,v) T0(i,v)}. */
  public double importTotalInternal(int v) {
    double s = 0;
    for (int i = 0; i < size(); i++) {
      s += values[i][v] * powers[i][v];
    }
    return s;
  }

  @Override
  public double[][] values() {
    return copy(values);
  }

  @Override
  public double[][] powers() {
    return copy(powers);
  }

  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  static double[][] copySquare(String name, double[][] a, int n) {
    Checks.check(a != null && a.length == n, "%s must have %d rows but has %s", name, n,
        a == null ? "none" : String.valueOf(a.length));
    for (int i = 0; i < n; i++) {
      Checks.check(a[i] != null && a[i].length == n, "%s row %d must have %d columns", name, i, n);
    }
    return copy(a);
  }

  static String cell(String what, List<String> regions, int i, int v) {
    return String.format(Locale.ROOT, "%s %s->%s", what, regions.get(i), regions.get(v));
  }
}
