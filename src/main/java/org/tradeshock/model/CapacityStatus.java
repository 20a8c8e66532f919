package org.tradeshock.model;

import org.tradeshock.common.Checks;

/**
 * The state of one {@link Capacity} in a solved equilibrium.
 *
 * <p>Welfare convention: the rent {@code shadowPrice x P*_exporter x flow} is a logistics rent
 * earned by whoever holds the scarce capacity (for Belarus's potash: Russian ports and railways).
 * It is NOT included in {@link GsimSolution#producerSurplus()}, {@link GsimSolution#tariffRevenue()}
 * or {@link GsimSolution#welfare()}; importers pay it through their composite price (it lowers
 * their consumer surplus) and the exporter sees it as a lower fob price. A report that assumes the
 * exporter owns the capacity adds {@link #rent()} to the exporter's producer surplus.
 *
 * @param id the capacity's id
 * @param exporter the capped exporter's index
 * @param limit the cap, base-value units of quantity
 * @param flow the covered flow after the shock, base-value units of quantity (&lt;= limit up to the
 *     solver tolerance)
 * @param shadowPrice the rent as an ad-valorem wedge tau &gt;= 0 (power 1 + tau on covered routes);
 *     0 when the cap does not bind
 * @param rent the rent value tau x P*_exporter x flow, base value units
 * @param binding whether the cap binds (tau &gt; 0 and flow = limit)
 */
public record CapacityStatus(
    String id, int exporter, double limit, double flow, double shadowPrice, double rent, boolean binding) {

  /** Validates the fields. */
  public CapacityStatus {
    Checks.nonBlank("capacity id", id);
    Checks.positive("capacity " + id + " limit", limit);
    Checks.nonNegative("capacity " + id + " flow", flow);
    Checks.nonNegative("capacity " + id + " shadow price", shadowPrice);
    Checks.nonNegative("capacity " + id + " rent", rent);
  }

  /** Utilisation flow / limit. */
  public double utilisation() {
    return flow / limit;
  }
}
