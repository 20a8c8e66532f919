package org.tradeshock.calibration;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tradeshock.common.Checks;
import org.tradeshock.model.TradeMatrix;

/**
 * One sanction or logistics measure as an ad-valorem wedge on some routes of one exporter
 * (MODELS.md 3.6): the new power of a covered route is T0 (1 + adValorem), stacked
 * multiplicatively with other measures on the same route; {@code +Infinity} is an embargo.
 *
 * @param name unique name, used to override the wedge by calibration or Monte Carlo draws
 * @param exporter exporter index in matrix order
 * @param importers covered importers; empty means exporter-wide (every importer but the exporter)
 * @param adValorem the wedge t, &gt; -1 (not NaN); {@code Double.POSITIVE_INFINITY} for an embargo
 */
public record Measure(String name, int exporter, int[] importers, double adValorem)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the fields and copies the importers (sorted, distinct). */
  public Measure {
    Checks.nonBlank("measure name", name);
    Checks.check(exporter >= 0, "measure %s: exporter index must be >= 0 but was %d", name, exporter);
    importers = Arrays.stream(Objects.requireNonNull(importers, "importers")).sorted().distinct().toArray();
    Checks.check(adValorem > -1, "measure %s: ad-valorem wedge must be > -1 (or +Infinity) but was %s",
        name, adValorem);
  }

  /** An exporter-wide wedge on all of {@code exporter}'s routes, e.g. US financial sanctions. */
  public static Measure exporterWide(TradeMatrix m, String name, String exporter, double adValorem) {
    return new Measure(name, m.indexOf(exporter), new int[0], adValorem);
  }

  /** A wedge on the routes to the named importers. */
  public static Measure onRoutes(
      TradeMatrix m, String name, String exporter, List<String> importers, double adValorem) {
    return new Measure(name, m.indexOf(exporter), importers.stream().mapToInt(m::indexOf).toArray(),
        adValorem);
  }

  /** An embargo (T1 = +Infinity) on the routes to the named importers. */
  public static Measure embargo(TradeMatrix m, String name, String exporter, List<String> importers) {
    return onRoutes(m, name, exporter, importers, Double.POSITIVE_INFINITY);
  }

  /** A copy with another wedge. */
  public Measure withAdValorem(double t) {
    return new Measure(name, exporter, importers, t);
  }

  /** Whether the measure covers the route exporter -&gt; {@code v}. */
  public boolean covers(int v) {
    return importers.length == 0 ? v != exporter : Arrays.binarySearch(importers, v) >= 0;
  }

  @Override
  public int[] importers() {
    return importers.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Measure m && m.name.equals(name) && m.exporter == exporter
        && Arrays.equals(m.importers, importers) && Double.compare(m.adValorem, adValorem) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, exporter, Arrays.hashCode(importers), adValorem);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Measure[%s: exporter %d -> %s, t = %s]", name, exporter,
        importers.length == 0 ? "all" : Arrays.toString(importers), adValorem);
  }
}
