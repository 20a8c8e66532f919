package org.tradeshock.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.tradeshock.datasets.PricePoint;
import org.tradeshock.datasets.TradeTotal;
import org.tradeshock.scenario.Delta;

/**
 * The modelled sanctioned state set beside what the data show: the focus exporter's export volume
 * and the market price, averaged over years before and after the sanctions.
 *
 * @param exporter focus region code
 * @param product product the volumes are measured in (e.g. K2O)
 * @param before years before
 * @param after years after
 * @param observedVolumeChange observed change of the exporter's exports (NaN when no data)
 * @param modelVolumeChange modelled change in the sanctioned scenario
 * @param observedShareBefore exporter's share of world exports before
 * @param observedShareAfter exporter's share of world exports after
 * @param observedPriceChange observed change of the annual price (NaN when no data)
 * @param modelPriceChange modelled change of the price region's composite import price
 * @param modelWorldPriceChange modelled change of the world price index
 */
public record ObservedCheck(String exporter, String product, List<Integer> before, List<Integer> after,
    double observedVolumeChange, double modelVolumeChange, double observedShareBefore, double observedShareAfter,
    double observedPriceChange, double modelPriceChange, double modelWorldPriceChange) {

  /**
   * Computes the comparison.
   *
   * @param totals country trade totals
   * @param members ISO3 codes of the focus region's countries
   * @param prices price points (annual rows are used)
   * @param sanctioned the sanctioned scenario against the base year
   * @param exporterIndex index of the focus region in the model
   * @param priceIndex index of the price region in the model
   */
  static ObservedCheck compute(String exporter, String product, List<Integer> before, List<Integer> after,
      List<TradeTotal> totals, Set<String> members, List<PricePoint> prices, Delta sanctioned,
      int exporterIndex, int priceIndex) {
    double xb = exports(totals, product, members, before::contains);
    double xa = exports(totals, product, members, after::contains);
    double wb = exports(totals, product, null, before::contains);
    double wa = exports(totals, product, null, after::contains);
    double pb = meanPrice(prices, before::contains);
    double pa = meanPrice(prices, after::contains);
    return new ObservedCheck(exporter, product, before, after, xa / xb - 1, sanctioned.volume(exporterIndex),
        xb / wb, xa / wa, pa / pb - 1, sanctioned.importPrice(priceIndex), sanctioned.worldPriceIndex());
  }

  /** Mean annual exports over the years that have data (a sum over countries within each year). */
  private static double exports(List<TradeTotal> totals, String product, Set<String> members, IntPredicate years) {
    java.util.Map<Integer, Double> byYear = new java.util.TreeMap<>();
    totals.stream()
        .filter(t -> TradeTotal.EXPORT.equals(t.flow()) && product.equals(t.product()) && years.test(t.year()))
        .filter(t -> (members == null || members.contains(t.iso3())) && Double.isFinite(t.tonnes()))
        .forEach(t -> byYear.merge(t.year(), t.tonnes(), Double::sum));
    return byYear.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  private static double meanPrice(List<PricePoint> prices, IntPredicate years) {
    return prices.stream().filter(p -> p.frequency() == PricePoint.Frequency.ANNUAL && years.test(p.year()))
        .mapToDouble(PricePoint::usdPerT).average().orElse(Double.NaN);
  }

  /** One sentence for the report. */
  public String sentence() {
    return String.format(Locale.ROOT,
        "Between %s and %s, %s's %s exports changed by %+.0f%% in the data and by %+.0f%% in the modelled sanctioned"
            + " state; the potash price changed by %+.0f%% in the data and by %+.1f%% in the model.",
        span(before), span(after), exporter, product, 100 * observedVolumeChange, 100 * modelVolumeChange,
        100 * observedPriceChange, 100 * modelPriceChange);
  }

  static String span(List<Integer> years) {
    int lo = years.stream().mapToInt(Integer::intValue).min().orElse(0);
    int hi = years.stream().mapToInt(Integer::intValue).max().orElse(0);
    return lo == hi ? String.valueOf(lo) : lo + "-" + hi;
  }
}
