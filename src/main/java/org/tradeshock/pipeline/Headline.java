package org.tradeshock.pipeline;

import java.util.List;
import java.util.Locale;
import org.tradeshock.datasets.PricePoint;
import org.tradeshock.job.JobSpec;
import org.tradeshock.scenario.Delta;

/**
 * The numbers the summary leads with: the focus exporter, the price region, and the base-year
 * price that converts relative price changes to USD per tonne.
 *
 * @param analysis the run
 * @param focus index of the focus exporter
 * @param priceRegion code of the price region
 * @param priceIndex its index
 * @param basePrice base-year annual price (USD/t) or NaN
 * @param basePriceBasis the price's basis (e.g. f.o.b. Vancouver)
 */
record Headline(Analysis analysis, int focus, String priceRegion, int priceIndex, double basePrice, String basePriceBasis) {

  static Headline of(Analysis a) {
    JobSpec.Focus f = a.job().spec().focus();
    String pr = f.priceRegion() == null ? f.exporter() : f.priceRegion();
    Integer year = a.job().spec().baseline().year();
    PricePoint p = year == null ? null : a.inputs().data().prices().stream()
        .filter(x -> x.frequency() == PricePoint.Frequency.ANNUAL && x.year() == year).findFirst().orElse(null);
    return new Headline(a, a.scenarios().base().indexOf(f.exporter()), pr, a.scenarios().base().indexOf(pr),
        p == null ? Double.NaN : p.usdPerT(), p == null ? "" : p.basis());
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
        " (about %+.0f USD/t on the base-year price of %.0f USD/t, %s)", d.marketPrice() * basePrice, basePrice, basePriceBasis);
    return String.format(Locale.ROOT,
        "**%s**, compared with %s: %s's export volume changes by %s (%s kt) and its export revenue by %s (%s USD m a"
            + " year at base-year prices); the world market price changes by %s%s.",
        d.scenario().label(), SummarySection.label(analysis, d), ex, Fmt.pctText(d.volume(focus)),
        String.format(Locale.ROOT, "%+,.0f", tonnesChange(d) / 1e3), Fmt.pctText(d.revenue(focus)),
        String.format(Locale.ROOT, "%+,.0f", d.revenueDifference(focus) / 1e6), Fmt.pctText(d.marketPrice()), usd);
  }
}
