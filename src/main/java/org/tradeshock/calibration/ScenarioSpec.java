package org.tradeshock.calibration;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tradeshock.common.Checks;
import org.tradeshock.model.Capacity;
import org.tradeshock.model.TradeMatrix;

/**
 * A named scenario as measures and capacity limits; hand-set wedges live in the measures and any of
 * them (or any capacity limit) can be overridden by name with calibrated or drawn values.
 *
 * @param name scenario name, e.g. "sanctioned"
 * @param measures wedges in force (names unique)
 * @param capacities capacity limits in force (ids unique, distinct from measure names)
 */
public record ScenarioSpec(String name, List<Measure> measures, List<Capacity> capacities)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates names and copies the lists. */
  public ScenarioSpec {
    Checks.nonBlank("scenario name", name);
    measures = List.copyOf(measures);
    capacities = List.copyOf(capacities);
    long distinct = java.util.stream.Stream.concat(measures.stream().map(Measure::name),
        capacities.stream().map(Capacity::id)).distinct().count();
    Checks.check(distinct == measures.size() + capacities.size(),
        "scenario %s: measure names and capacity ids must be unique", name);
  }

  /** A scenario without measures or caps (the base equilibrium). */
  public static ScenarioSpec none(String name) {
    return new ScenarioSpec(name, List.of(), List.of());
  }

  /**
   * The shock of this scenario on {@code base}: T1(i,v) = T0(i,v) prod over covering measures of
   * (1 + t_m), with t_m = overrides.get(name) when present; capacity limits likewise. Overrides
   * naming nothing in this scenario are ignored (one override map serves every scenario).
   */
  public Shock shock(TradeMatrix base, Map<String, Double> overrides) {
    int n = base.size();
    double[][] t1 = base.powers();
    for (Measure m : measures) {
      Checks.check(m.exporter() < n, "measure %s: exporter index %d is outside the %d regions",
          m.name(), m.exporter(), n);
      double t = overrides.getOrDefault(m.name(), m.adValorem());
      Checks.check(t > -1, "measure %s: ad-valorem wedge must be > -1 but was %s", m.name(), t);
      for (int v = 0; v < n; v++) {
        if (m.covers(v)) {
          t1[m.exporter()][v] = t == Double.POSITIVE_INFINITY ? t : t1[m.exporter()][v] * (1 + t);
        }
      }
    }
    List<Capacity> caps = capacities.stream()
        .map(c -> overrides.containsKey(c.id()) ? c.withLimit(overrides.get(c.id())) : c).toList();
    return new Shock(t1, caps);
  }

  /** The shock with the hand-set values. */
  public Shock shock(TradeMatrix base) {
    return shock(base, Map.of());
  }

  /** A {@link ShockMap} whose parameters override the measures or capacities {@code names}. */
  public ShockMap mapping(TradeMatrix base, List<String> names) {
    List<String> keys = List.copyOf(names);
    return p -> {
      Checks.check(p.length == keys.size(), "expected %d parameters %s but got %d", keys.size(), keys,
          p.length);
      Map<String, Double> o = new java.util.HashMap<>();
      for (int k = 0; k < p.length; k++) {
        o.put(keys.get(k), p[k]);
      }
      return shock(base, o);
    };
  }
}
