package org.tradeshock.pipeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tradeshock.chart.EventMarker;
import org.tradeshock.chart.PriceChart;
import org.tradeshock.chart.ScenarioBars;
import org.tradeshock.chart.ShareChart;
import org.tradeshock.chart.WelfareBars;
import org.tradeshock.datasets.PricePoint;
import org.tradeshock.datasets.TimelineEvent;
import org.tradeshock.datasets.TradeTotal;
import org.tradeshock.job.JobSpec;
import org.tradeshock.report.Block;
import org.tradeshock.report.Figure;
import org.tradeshock.report.Paragraph;
import org.tradeshock.report.Section;
import org.tradeshock.scenario.Delta;

/** The charts: export shares and prices over time with events, scenario bars, welfare by country. */
final class ChartsSection {
  private ChartsSection() {}

  static Section build(Analysis a, Headline h) {
    RegionNames names = new RegionNames(a.inputs().members(), a.inputs().data().tradeTotals());
    List<EventMarker> events = events(a);
    List<Block> b = new ArrayList<>();
    b.add(scenarioBars(a, h, names));
    Figure shares = shares(a, names, events);
    if (shares != null) {
      b.add(shares);
    }
    Figure price = price(a, events);
    if (price != null) {
      b.add(price);
    }
    b.add(welfare(a, names));
    if (!events.isEmpty()) {
      b.add(new Paragraph("Dashed lines mark the dated sanctions, logistics and relief events of the timeline dataset"
          + " that the job's measures name, and every relief event."));
    }
    return new Section("charts", "Charts", b);
  }

  private static Figure scenarioBars(Analysis a, Headline h, RegionNames names) {
    String ex = names.of(a.job().spec().focus().exporter());
    List<String> labels = new ArrayList<>();
    // A scenario without measures stated against the base year is the base itself: no bar to show.
    List<Delta> shown = a.scenarios().deltas().values().stream()
        .filter(d -> !SummarySection.isBaseItself(a, d)).toList();
    double[] vol = new double[shown.size()];
    double[] rev = new double[vol.length];
    double[] price = new double[vol.length];
    int k = 0;
    for (Delta d : shown) {
      labels.add(d.scenario().label().replaceAll("\\s*\\(.*\\)\\s*$", ""));
      vol[k] = 100 * d.volume(h.focus());
      rev[k] = 100 * d.revenue(h.focus());
      price[k] = 100 * d.marketPrice();
      k++;
    }
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put(ex + " export volume", vol);
    m.put(ex + " export revenue", rev);
    m.put("Market price (import-weighted)", price);
    return Figure.of("scenario-bars", "Each scenario against the state it is compared with (see the headline table,"
        + " which names that state and gives the values): " + ex
        + "'s export volume and revenue, and the market price (import-weighted delivered price index)",
        ScenarioBars.build("Scenario results", "Change vs comparison scenario (%)", labels, m));
  }

  private static Figure shares(Analysis a, RegionNames names, List<EventMarker> events) {
    JobSpec.Evidence ev = a.job().spec().evidence();
    String product = ev == null ? TradeTotal.K2O : ev.product();
    List<TradeTotal> exports = a.inputs().data().tradeTotals().stream()
        .filter(t -> TradeTotal.EXPORT.equals(t.flow()) && product.equals(t.product()) && Double.isFinite(t.tonnes()))
        .toList();
    Set<Integer> yearSet = new TreeSet<>();
    exports.forEach(t -> yearSet.add(t.year()));
    if (yearSet.size() < 2) {
      return null;
    }
    int[] years = yearSet.stream().mapToInt(Integer::intValue).toArray();
    JobSpec.Focus f = a.job().spec().focus();
    List<String> named = new ArrayList<>();
    named.add(f.exporter());
    if (f.peers() != null) {
      named.addAll(f.peers());
    }
    Map<String, double[]> shares = new LinkedHashMap<>();
    double[] others = new double[years.length];
    for (int y = 0; y < years.length; y++) {
      int year = years[y];
      double world = exports.stream().filter(t -> t.year() == year).mapToDouble(TradeTotal::tonnes).sum();
      double rest = 1;
      for (String r : named) {
        Set<String> mem = a.inputs().members().get(r);
        double s = exports.stream().filter(t -> t.year() == year && mem.contains(t.iso3()))
            .mapToDouble(TradeTotal::tonnes).sum() / world;
        shares.computeIfAbsent(names.of(r), k -> new double[years.length])[y] = s;
        rest -= s;
      }
      others[y] = rest;
    }
    shares.put("Others", others);
    String commodity = a.job().spec().commodity();
    String source = DataSources.of(exports.stream().map(TradeTotal::source), "trade totals dataset");
    return Figure.of("export-shares", "World " + (commodity == null ? "" : commodity + " ") + "export shares ("
            + product + " tonnes, " + source + ") with sanctions events",
        ShareChart.build("World export shares", years, shares, events, ShareChart.Mode.LINES));
  }

  private static Figure price(Analysis a, List<EventMarker> events) {
    // The dataset reaches back to 1960 (for the claims); the chart shows the years around the
    // sanctions, from four years before the base year, so the events stay legible.
    Integer year = a.job().spec().baseline().year();
    int from = year == null ? Integer.MIN_VALUE : year - 4;
    List<PricePoint> monthly = a.inputs().data().prices().stream()
        .filter(p -> p.frequency() == PricePoint.Frequency.MONTHLY && p.year() >= from).toList();
    if (monthly.size() < 2) {
      return null;
    }
    List<YearMonth> months = monthly.stream().map(p -> YearMonth.parse(p.period())).toList();
    double[] prices = monthly.stream().mapToDouble(PricePoint::usdPerT).toArray();
    PriceChart.BasisChange change = null;
    for (int k = 1; k < monthly.size(); k++) {
      if (!monthly.get(k).basis().equals(monthly.get(k - 1).basis())) {
        change = new PriceChart.BasisChange(months.get(k), monthly.get(k - 1).basis(), monthly.get(k).basis());
        break;
      }
    }
    String label = a.job().spec().notesOrEmpty().priceLabel();
    String title = label == null ? "Price" : label + " price";
    String source = DataSources.of(monthly.stream().map(PricePoint::source), "price dataset");
    return Figure.of("price", title + ", monthly (" + source + ", nominal USD/t) with events",
        PriceChart.monthly(title, label == null ? "Price" : label, months, prices, events, change));
  }

  private static Figure welfare(Analysis a, RegionNames names) {
    JobSpec.Scenario lead = a.job().spec().scenarios().stream()
        .filter(s -> s.compareTo() != null && !"base".equals(s.compareTo())).findFirst()
        .orElse(a.job().spec().scenarios().get(a.job().spec().scenarios().size() - 1));
    Delta d = a.scenarios().deltas().get(lead.id());
    List<WelfareBars.Row> rows = new ArrayList<>();
    List<String> regions = a.scenarios().base().regions();
    for (int r = 0; r < regions.size(); r++) {
      rows.add(new WelfareBars.Row(names.of(regions.get(r)), d.producerSurplus(r) / 1e6, d.consumerSurplus(r) / 1e6,
          d.tariffRevenue(r) / 1e6, d.welfare(r) / 1e6));
    }
    String title = d.scenario().label() + " vs " + d.reference().label();
    return Figure.of("welfare", "Welfare by country, " + title + " (USD m a year)",
        WelfareBars.build("Welfare by country", title, rows));
  }

  /**
   * Events to mark: those the measures and the scenarios name. Other timeline events (a licence for
   * an airline, say) are about the same country but not about this commodity, so they are not drawn.
   */
  static List<EventMarker> events(Analysis a) {
    Set<String> named = new java.util.HashSet<>();
    if (a.job().spec().measures() != null) {
      a.job().spec().measures().stream().filter(m -> m.events() != null).forEach(m -> named.addAll(m.events()));
    }
    a.job().spec().scenarios().stream().filter(s -> s.events() != null).forEach(s -> named.addAll(s.events()));
    // One marker per actor, kind and quarter keeps labels legible where events cluster.
    Map<String, EventMarker> out = new LinkedHashMap<>();
    for (TimelineEvent e : a.inputs().data().timeline()) {
      if (named.contains(e.eventId())) {
        String kind = e.kind().name().toLowerCase(java.util.Locale.ROOT);
        String key = e.actor() + kind + e.date().getYear() + "Q" + ((e.date().getMonthValue() - 1) / 3);
        out.putIfAbsent(key, new EventMarker(e.date(), e.actor() + " " + kind));
      }
    }
    return new ArrayList<>(out.values());
  }
}
