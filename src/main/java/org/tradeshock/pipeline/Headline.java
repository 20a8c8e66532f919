package org.tradeshock.pipeline;

import java.util.List;
import java.util.Locale;
import org.tradeshock.job.JobSpec;
import org.tradeshock.model.TradeMatrix;
import org.tradeshock.scenario.Delta;

/**
 * The numbers the summary leads with: the focus exporter, the price region, and the base-year
 * delivered price that converts the market price change to USD per tonne.
 *
 * <p>The market price is the model's import-weighted delivered price index (importers' composite
 * prices, wedges included, weighted by base import values). Its change is applied to the same index
 * in USD per tonne in the base year: the import-weighted mean of each importer's base-year unit
 * value in the baseline matrix (FAOSTAT exporter unit values), not to a quoted price of another
 * basis such as the Pink Sheet's f.o.b. Vancouver series.
 *
 * @param analysis the run
 * @param focus index of the focus exporter
 * @param priceRegion code of the price region
 * @param priceIndex its index
 * @param basePrice base-year delivered price level of the market price index (USD/t), or NaN when
 *     the baseline has no tonnes
 * @param basePriceBasis what {@code basePrice} is, for the reader
 */
record Headline(Analysis analysis, int focus, String priceRegion, int priceIndex, double basePrice, String basePriceBasis) {

  /** The name used for the market price wherever the report states it. */
  static final String MARKET_PRICE = "market price (import-weighted delivered price index)";

  static Headline of(Analysis a) {
    JobSpec.Focus f = a.job().spec().focus();
    String pr = f.priceRegion() == null ? f.exporter() : f.priceRegion();
    double p = deliveredPrice(a.scenarios().base(), a.inputs().baseline().tonnes());
    return new Headline(a, a.scenarios().base().indexOf(f.exporter()), pr, a.scenarios().base().indexOf(pr),
        p, "import-weighted " + SummarySection.baseYear(a) + " unit values of the baseline matrix");
  }

  /**
   * The market price index in USD/t in the base year: importers' unit values (value over tonnes of
   * their column) weighted by base import values, as the index weights them. NaN when tonnes are unknown.
   */
  static double deliveredPrice(TradeMatrix base, double[][] tonnes) {
    double num = 0;
    double den = 0;
    for (int v = 0; v < base.size(); v++) {
      double value = 0;
      double t = 0;
      for (int i = 0; i < base.size(); i++) {
        value += base.value(i, v);
        t += tonnes[i][v];
      }
      double w = base.importTotalInternal(v);
      if (w > 0) {
        num += w * value / t;
        den += w;
      }
    }
    return den > 0 && Double.isFinite(num) ? num / den : Double.NaN;
  }

  /** Change of the focus exporter's exports in tonnes, from the base-year tonnage. */
  double tonnesChange(Delta d) {
    double baseTonnes = analysis.inputs().baseline().exportTonnes(focus);
    double baseVolume = analysis.scenarios().baseOutcome().exportVolume()[focus];
    return (d.scenario().exportVolume()[focus] - d.reference().exportVolume()[focus]) / baseVolume * baseTonnes;
  }

  /** The lead sentence: the flagship comparison, or the first scenario. */
  String sentence() {
    List<JobSpec.Scenario> ss = analysis.job().spec().scenarios();
    JobSpec.Scenario lead = ss.stream().filter(s -> s.compareTo() != null && !"base".equals(s.compareTo()))
        .findFirst().orElse(ss.get(0));
    Delta d = analysis.scenarios().deltas().get(lead.id());
    String ex = analysis.job().spec().focus().exporter();
    String usd = Double.isNaN(basePrice) ? "" : String.format(Locale.ROOT,
        " (about %+.0f USD/t on its base-year level of %.0f USD/t, %s)", d.marketPrice() * basePrice, basePrice,
        basePriceBasis);
    // A flows table without quantities gives no tonnes: the sentence then says nothing about them.
    double kt = tonnesChange(d) / 1e3;
    String tonnes = Double.isFinite(kt) ? String.format(Locale.ROOT, " (%+,.0f kt)", kt) : "";
    return String.format(Locale.ROOT,
        "**%s**, compared with %s: %s's export volume changes by %s%s and its export revenue by %s (%s USD m a"
            + " year at base-year prices); the " + MARKET_PRICE + " changes by %s%s.",
        d.scenario().label(), SummarySection.label(analysis, d), ex, Fmt.pctText(d.volume(focus)), tonnes,
        Fmt.pctText(d.revenue(focus)), Fmt.signed(d.revenueDifference(focus) / 1e6),
        Fmt.pctText(d.marketPrice()), usd);
  }
}
