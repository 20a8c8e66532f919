package org.tradeshock.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.tradeshock.datasets.PricePoint;
import org.tradeshock.datasets.TradeTotal;
import org.tradeshock.scenario.Delta;

/**
 * The modelled sanctioned state set beside what the data show: the focus exporter's export volume,
 * its share of world exports, the other exporters' exports and the market price, averaged over
 * years before and after the sanctions.
 *
 * <p>A quantity the job's calibration targets in the same scenario is reproduced by construction;
 * {@code calibrated} names those metrics (job metric names: {@code export_volume},
 * {@code export_share}, {@code import_price}, {@code market_price}) so the report can keep them
 * apart from the checks the calibration did not target.
 *
 * @param exporter focus region code
 * @param product product the observed volumes are measured in (e.g. K2O)
 * @param before years before
 * @param after years after
 * @param observedVolumeChange observed change of the exporter's exports (NaN when no data)
 * @param modelVolumeChange modelled change in the sanctioned scenario
 * @param observedShareBefore exporter's share of the sum of all countries' exports, before
 * @param observedShareAfter the same, after
 * @param modelShareBase exporter's share of world export volume in the model's base year
 * @param modelShareAfter the same in the sanctioned scenario
 * @param observedOthersChange observed change of all other countries' exports together
 * @param modelOthersChange modelled change of all other exporters' export volume together
 * @param observedPriceChange observed change of the annual price in the prices dataset (NaN when no data)
 * @param observedPriceBasis the price bases over the years compared, e.g. "f.o.b. Vancouver, Brazil CFR"
 * @param priceRegion the region whose delivered price the model reports beside the data
 * @param modelPriceChange modelled change of that region's delivered (composite) import price
 * @param modelMarketPriceChange modelled change of the import-weighted delivered price index
 * @param calibrated the job metrics the calibration targets for this scenario, exporter and price region
 */
public record ObservedCheck(String exporter, String product, List<Integer> before, List<Integer> after,
    double observedVolumeChange, double modelVolumeChange, double observedShareBefore, double observedShareAfter,
    double modelShareBase, double modelShareAfter, double observedOthersChange, double modelOthersChange,
    double observedPriceChange, String observedPriceBasis, String priceRegion, double modelPriceChange,
    double modelMarketPriceChange, Set<String> calibrated) {

  /** Copies the list and set fields. */
  public ObservedCheck {
    before = List.copyOf(before);
    after = List.copyOf(after);
    calibrated = Set.copyOf(calibrated);
  }

  /**
   * Computes the comparison.
   *
   * @param totals country trade totals
   * @param members ISO3 codes of the focus region's countries
   * @param prices price points (annual rows are used)
   * @param sanctioned the sanctioned scenario against the base year
   * @param exporterIndex index of the focus region in the model
   * @param priceRegion the price region's code
   * @param priceIndex index of the price region in the model
   * @param calibrated metrics targeted by the calibration (see the class comment)
   */
  static ObservedCheck compute(String exporter, String product, List<Integer> before, List<Integer> after,
      List<TradeTotal> totals, Set<String> members, List<PricePoint> prices, Delta sanctioned,
      int exporterIndex, String priceRegion, int priceIndex, Set<String> calibrated) {
    double xb = exports(totals, product, members, before::contains);
    double xa = exports(totals, product, members, after::contains);
    double wb = exports(totals, product, null, before::contains);
    double wa = exports(totals, product, null, after::contains);
    double pb = meanPrice(prices, before::contains);
    double pa = meanPrice(prices, after::contains);
    double[] v0 = sanctioned.reference().exportVolume();
    double[] v1 = sanctioned.scenario().exportVolume();
    double w0 = sum(v0);
    double w1 = sum(v1);
    return new ObservedCheck(exporter, product, before, after, xa / xb - 1, sanctioned.volume(exporterIndex),
        xb / wb, xa / wa, v0[exporterIndex] / w0, v1[exporterIndex] / w1,
        (wa - xa) / (wb - xb) - 1, (w1 - v1[exporterIndex]) / (w0 - v0[exporterIndex]) - 1,
        pa / pb - 1, bases(prices, before, after), priceRegion, sanctioned.importPrice(priceIndex),
        sanctioned.marketPrice(), calibrated);
  }

  /** Whether the calibration targets {@code metric} (a job metric name), so data and model agree by construction. */
  public boolean isCalibrated(String metric) {
    return calibrated.contains(metric);
  }

  /** Whether a price target of the calibration makes the modelled price match a price by construction. */
  public boolean priceCalibrated() {
    return isCalibrated("import_price") || isCalibrated("market_price");
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

  /** The distinct price bases of the annual rows compared, in year order. */
  private static String bases(List<PricePoint> prices, List<Integer> before, List<Integer> after) {
    return String.join(", ", prices.stream()
        .filter(p -> p.frequency() == PricePoint.Frequency.ANNUAL && (before.contains(p.year()) || after.contains(p.year())))
        .sorted(java.util.Comparator.comparingInt(PricePoint::year))
        .map(PricePoint::basis).distinct().toList());
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double d : a) {
      s += d;
    }
    return s;
  }

  /** {@link #sentence(String)} without a note on the observed price. */
  public String sentence() {
    return sentence(null);
  }

  /**
   * Two sentences for the summary: what is matched by construction, and the checks that were not
   * targeted.
   *
   * @param priceCheck what else the observed price change carries (the job's {@code notes.price_check}),
   *     or null
   */
  public String sentence(String priceCheck) {
    String vol = String.format(Locale.ROOT, "%s's exports changed by %s between %s and %s in the data (%s) and by"
            + " %s in the modelled sanctioned state",
        exporter, Fmt.pctText(observedVolumeChange), span(before), span(after), product, Fmt.pctText(modelVolumeChange));
    String first = isCalibrated("export_volume")
        ? vol + ": the sanctioned state is calibrated to that drop, so the two agree by construction."
        : vol + ".";
    String share = isCalibrated("export_share") ? "" : String.format(Locale.ROOT, " Not targeted by the calibration:"
            + " %s's share of world exports after the sanctions is %s in the model against %s in the data, and other"
            + " exporters' exports change by %s in the model against %s in the data.",
        exporter, Fmt.shareText(modelShareAfter), Fmt.shareText(observedShareAfter), Fmt.pctText(modelOthersChange),
        Fmt.pctText(observedOthersChange));
    String price = priceCalibrated() ? "" : String.format(Locale.ROOT, " The modelled delivered price in %s changes"
            + " by %s, an equilibrium effect of the modelled sanctions only; the observed price changed by %s%s.",
        priceRegion, Fmt.pctText(modelPriceChange), Fmt.pctText(observedPriceChange),
        priceCheck == null ? "" : ", which also carries " + priceCheck);
    return first + share + price;
  }

  static String span(List<Integer> years) {
    int lo = years.stream().mapToInt(Integer::intValue).min().orElse(0);
    int hi = years.stream().mapToInt(Integer::intValue).max().orElse(0);
    return lo == hi ? String.valueOf(lo) : lo + "-" + hi;
  }
}
