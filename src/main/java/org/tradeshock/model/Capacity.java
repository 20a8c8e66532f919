package org.tradeshock.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tradeshock.common.Checks;

/**
 * A quantity cap on some export routes of one exporter, e.g. Belarus's potash through Russian ports
 * and rail (about 3 Mt in 2022, up to 8.4 Mt expected for 2023: Russian transport ministry via Green
 * Markets/Reuters).
 *
 * <p>The cap bounds F = sum over covered importers v of M(exporter, v), in base-value units of
 * quantity (base world prices are 1, so a limit of 3e9 on a matrix in USD means "the quantity worth
 * USD 3 bn at 2019 prices"). When it binds, a rent tau &gt;= 0 appears as an extra ad-valorem wedge
 * (power 1 + tau) on every covered route; see {@link GsimLevels#withCapacities(List)}.
 *
 * @param id name used in reports, non-blank
 * @param exporter index of the exporter in matrix order, &gt;= 0
 * @param importers covered importers; empty means exporter-wide (every importer except the
 *     exporter itself)
 * @param limit the cap, finite and &gt; 0, in base-value units of quantity
 */
public record Capacity(String id, int exporter, int[] importers, double limit) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the fields and copies the importer list (sorted, without duplicates). */
  public Capacity {
    Checks.nonBlank("capacity id", id);
    Checks.check(exporter >= 0, "capacity %s: exporter index must be >= 0 but was %d", id, exporter);
    Objects.requireNonNull(importers, "importers");
    importers = Arrays.stream(importers).sorted().distinct().toArray();
    for (int v : importers) {
      Checks.check(v >= 0, "capacity %s: importer index must be >= 0 but was %d", id, v);
    }
    Checks.positive("capacity " + id + " limit", limit);
  }

  /** An exporter-wide cap on all of {@code exporter}'s exports to other regions. */
  public static Capacity exporterWide(TradeMatrix m, String id, String exporter, double limit) {
    return new Capacity(id, m.indexOf(exporter), new int[0], limit);
  }

  /** A cap on the routes from {@code exporter} to the named {@code importers}. */
  public static Capacity onRoutes(
      TradeMatrix m, String id, String exporter, List<String> importers, double limit) {
    return new Capacity(id, m.indexOf(exporter), importers.stream().mapToInt(m::indexOf).toArray(), limit);
  }

  /** A copy with another limit (for calibration and Monte Carlo draws). */
  public Capacity withLimit(double newLimit) {
    return new Capacity(id, exporter, importers, newLimit);
  }

  /** Whether the cap covers the route from its exporter to importer {@code v}. */
  public boolean covers(int v) {
    if (importers.length == 0) {
      return v != exporter;
    }
    return Arrays.binarySearch(importers, v) >= 0;
  }

  /** Checks that the indices fit a matrix of {@code n} regions. */
  void requireFits(int n) {
    Checks.check(exporter < n, "capacity %s: exporter index %d is outside the %d regions", id, exporter, n);
    for (int v : importers) {
      Checks.check(v < n, "capacity %s: importer index %d is outside the %d regions", id, v, n);
    }
  }

  @Override
  public int[] importers() {
    return importers.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capacity c && c.id.equals(id) && c.exporter == exporter
        && Arrays.equals(c.importers, importers) && Double.compare(c.limit, limit) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, exporter, Arrays.hashCode(importers), limit);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "Capacity[%s: exporter %d -> %s, limit %s]", id,
        exporter, importers.length == 0 ? "all" : Arrays.toString(importers), limit);
  }
}
