package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.tradeshock.report.Block;
import org.tradeshock.report.Paragraph;
import org.tradeshock.report.Section;
import org.tradeshock.report.Table;
import org.tradeshock.model.CapacityStatus;
import org.tradeshock.scenario.Delta;
import org.tradeshock.scenario.Outcome;
import org.tradeshock.scenario.Wedges;

/** The scenario comparison: every scenario side by side, by exporter and by importer. */
final class ScenarioTables {
  private ScenarioTables() {}

  static Section build(Analysis a) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Each column is one scenario stated against the scenario it is compared with (its"
        + " header, \"scenario vs reference\", and the list below); all scenarios are solved from the same base year,"
        + " so any two can be compared exactly. The CSV files hold the unrounded numbers: changes as fractions"
        + " (0.129 = +12.9%), money in the unit of the column header."));
    blocks.add(scenarioList(a));
    List<String> regions = a.scenarios().base().regions();
    List<Integer> exporters = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      if (a.scenarios().base().exportTotal(i) > 0) {
        exporters.add(i);
      }
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      all.add(i);
    }
    String rel = "Relative changes; -100% means the flow stops.";
    blocks.add(byRegion(a, "exporter-volume", "Export volume change by exporter", exporters, Delta::volume, true, rel));
    blocks.add(byRegion(a, "exporter-revenue", "Export revenue change by exporter (fob)", exporters, Delta::revenue,
        true, rel));
    blocks.add(byRegion(a, "world-price", "Export (fob) price change by exporter: the price each exporter receives",
        exporters, Delta::worldPrice, true, "Relative changes of each exporter's own fob price, before the wedges on"
            + " its routes; a sanctioned exporter's fob price falls while its buyers pay more. This is not the"
            + " headline's market price, which is the import-weighted mean of the delivered prices below."));
    blocks.add(byRegion(a, "importer-price", "Delivered (composite) import price change by importer: what each"
        + " importer pays", all, Delta::importPrice, true, "Relative changes of each importer's CES composite price,"
            + " wedges included. The headline's market price is their mean weighted by base import values."));
    blocks.add(welfare(a, all));
    blocks.add(welfareComponents(a));
    return new Section("scenarios", "Scenario comparison", blocks);
  }

  private static Table scenarioList(Analysis a) {
    Table.Builder t = Table.builder("scenario-list", "Scenarios and the measures in force")
        .text("Scenario").text("Id").text("Measures in force").text("Compared with").text("Description");
    for (var s : a.job().spec().scenarios()) {
      String ms = s.measures() == null || s.measures().isEmpty() ? "none" : String.join(", ", s.measures());
      t.row(s.label() == null ? s.id() : s.label(), s.id(), ms, s.compareTo() == null ? "base" : s.compareTo(),
          s.description() == null ? "" : s.description());
    }
    return t.build();
  }

  private static Table byRegion(Analysis a, String id, String caption, List<Integer> rows,
      ToDoubleBiFunction<Delta, Integer> metric, boolean relative, String note) {
    return byRegionRows(a, id, caption, rows, metric, relative).note(note).build();
  }

  private static Table.Builder byRegionRows(Analysis a, String id, String caption, List<Integer> rows,
      ToDoubleBiFunction<Delta, Integer> metric, boolean relative) {
    Map<String, Delta> deltas = a.scenarios().deltas();
    Table.Builder t = Table.builder(id, caption).text("Region");
    String unit = relative ? " (change)" : " (USD m)";
    deltas.forEach((k, d) -> t.number(k + " vs " + d.reference().id() + unit, 1));
    for (int i : rows) {
      List<Object> row = new ArrayList<>();
      row.add(a.scenarios().base().regions().get(i));
      for (Delta d : deltas.values()) {
        double v = metric.applyAsDouble(d, i);
        row.add(relative ? Fmt.pct(v) : Fmt.millions(v));
      }
      t.row(row.toArray());
    }
    return t;
  }

  /**
   * Net welfare by region, then the lines that make the table add up: the sum over regions, the
   * capacity rents (earned by whoever holds scarce logistics capacity, in no region's welfare), the
   * world total, and, as a memo, the dissipated trade costs.
   */
  private static Table welfare(Analysis a, List<Integer> rows) {
    Table.Builder t = byRegionRows(a, "welfare", "Net welfare change by region, world total and dissipated trade"
        + " costs (USD m)", rows, Delta::welfare, false);
    Map<String, Double> dissipated = dissipatedCosts(a);
    Collection<Delta> ds = a.scenarios().deltas().values();
    List<Object> regions = new ArrayList<>(List.of("All regions"));
    List<Object> rents = new ArrayList<>(List.of("Capacity rents (holders of scarce routes)"));
    List<Object> world = new ArrayList<>(List.of("World total"));
    List<Object> memo = new ArrayList<>(List.of("Memo: dissipated trade costs (in the regions' figures)"));
    for (Delta d : ds) {
      double sum = 0;
      for (int r = 0; r < a.scenarios().base().size(); r++) {
        sum += d.welfare(r);
      }
      double rent = rent(d.scenario()) - rent(d.reference());
      regions.add(Fmt.millions(sum));
      rents.add(Fmt.millions(rent));
      world.add(Fmt.millions(sum + rent));
      memo.add(Fmt.millions(-(dissipated.getOrDefault(d.scenario().id(), 0.0)
          - dissipated.getOrDefault(d.reference().id(), 0.0))));
    }
    t.row(regions.toArray()).row(rents.toArray()).row(world.toArray()).row(memo.toArray());
    return t.note("USD million a year at base-year prices. Net welfare = producer surplus + consumer surplus +"
        + " collected wedge revenue (see Method). World total = all regions + capacity rents: a binding capacity"
        + " limit earns a rent for whoever holds the scarce routes, which no region's welfare counts. Dissipated"
        + " trade costs are the wedges on routes whose wedge nobody collects (sanction frictions, rerouting:"
        + " wedge x fob price x quantity); buyers pay them in delivered prices and exporters in lower fob prices,"
        + " so they are already inside the regions' figures, shown here with a minus sign when more is used up."
        + " The rest of the world total is the deadweight loss or gain from trade moving between suppliers and"
        + " from changes in quantities.").build();
  }

  /** Capacity rents earned in a state (base value units). */
  private static double rent(Outcome o) {
    return o.capacities().stream().mapToDouble(CapacityStatus::rent).sum();
  }

  /**
   * Dissipated trade costs of every solved scenario, keyed by scenario id (the base year has none):
   * {@code sum (T1 - Tc) P* M} over routes with a finite wedge, where Tc is the collected part.
   */
  static Map<String, Double> dissipatedCosts(Analysis a) {
    Wedges w = Wedges.of(a.scenarios().base(), a.measures());
    Map<String, Double> out = new java.util.HashMap<>();
    for (var s : a.job().spec().scenarios()) {
      List<String> ms = s.measures() == null ? List.of() : s.measures();
      out.put(s.id(), dissipated(a.scenarios().outcomes().get(s.id()).values(), w.powers(ms), w.collectedPowers(ms)));
    }
    return out;
  }

  /** {@code sum (t1 - collected) x values} over cells with a positive value and a finite power. */
  static double dissipated(double[][] values, double[][] t1, double[][] collected) {
    double d = 0;
    for (int i = 0; i < values.length; i++) {
      for (int v = 0; v < values[i].length; v++) {
        if (values[i][v] > 0 && Double.isFinite(t1[i][v])) {
          d += (t1[i][v] - collected[i][v]) * values[i][v];
        }
      }
    }
    return d;
  }

  private static Table welfareComponents(Analysis a) {
    List<String> regions = a.scenarios().base().regions();
    Table.Builder t = Table.builder("welfare-components", "Welfare components by scenario and region (USD m)")
        .text("Scenario").text("Compared with").text("Region").number("Producer surplus (USD m)", 1)
        .number("Consumer surplus (USD m)", 1).number("Wedge revenue (USD m)", 1).number("Net welfare (USD m)", 1);
    for (Delta d : a.scenarios().deltas().values()) {
      if (SummarySection.isBaseItself(a, d)) {
        continue;
      }
      double[] sum = new double[4];
      for (int r = 0; r < regions.size(); r++) {
        t.row(d.scenario().id(), d.reference().id(), regions.get(r), Fmt.num(d.producerSurplus(r) / 1e6, 1),
            Fmt.num(d.consumerSurplus(r) / 1e6, 1), Fmt.num(d.tariffRevenue(r) / 1e6, 1), Fmt.num(d.welfare(r) / 1e6, 1));
        sum[0] += d.producerSurplus(r);
        sum[1] += d.consumerSurplus(r);
        sum[2] += d.tariffRevenue(r);
        sum[3] += d.welfare(r);
      }
      t.row(d.scenario().id(), d.reference().id(), "All regions", Fmt.num(sum[0] / 1e6, 1), Fmt.num(sum[1] / 1e6, 1),
          Fmt.num(sum[2] / 1e6, 1), Fmt.num(sum[3] / 1e6, 1));
    }
    boolean anyCollected = a.measures().stream().anyMatch(m -> m.isCollected());
    return t.note("Producer surplus of each region as exporter, consumer surplus and wedge revenue as importer. Wedge"
        + " revenue counts only wedges marked collected (a tariff the importer keeps); the wedges of sanctions and"
        + " logistics are dissipated trade costs that no region receives"
        + (anyCollected ? "." : ", and no measure of this job is collected, so the column is zero.")
        + " Their size, and the capacity rents, are in the welfare table above.").build();
  }

  /**
   * Every bilateral flow of every scenario in long form (volume and value), as CSV text: too long for
   * the report, complete for analysts.
   */
  static String flowsCsv(Analysis a) {
    List<String> regions = a.scenarios().base().regions();
    double[][] tonnes = a.inputs().baseline().tonnes();
    double[][] base = a.scenarios().base().values();
    StringBuilder sb = new StringBuilder("scenario,exporter,importer,value_usd,volume_base_value_units,volume_tonnes,"
        + "base_value_usd,base_tonnes\r\n");
    for (Outcome o : a.scenarios().outcomes().values()) {
            for (int i = 0; i < regions.size(); i++) {
        for (int v = 0; v < regions.size(); v++) {
          if (base[i][v] <= 0) {
            continue;
          }
          double q = o.values()[i][v] / o.worldPrice()[i];
          double qt = Double.isNaN(tonnes[i][v]) ? Double.NaN : tonnes[i][v] * q / base[i][v];
          sb.append(Fmt.f("%s,%s,%s,%.2f,%.2f,%s,%.2f,%s\r\n", o.id(), regions.get(i), regions.get(v), o.values()[i][v], q,
              Double.isNaN(qt) ? "" : Fmt.f("%.1f", qt), base[i][v],
              Double.isNaN(tonnes[i][v]) ? "" : Fmt.f("%.1f", tonnes[i][v])));
        }
      }
    }
    return sb.toString();
  }

  /** The appendix table of bilateral flows in every scenario (USD m at new world prices). */
  static Section flows(Analysis a) {
    List<String> regions = a.scenarios().base().regions();
    Map<String, Outcome> out = a.scenarios().outcomes();
    Table.Builder t = Table.builder("bilateral-flows", "Bilateral flows by scenario (USD m at scenario prices)")
        .text("Exporter").text("Importer").number("base (USD m)", 1);
    out.keySet().forEach(k -> t.number(k + " (USD m)", 1));
    double[][] base = a.scenarios().base().values();
    for (int i = 0; i < regions.size(); i++) {
      for (int v = 0; v < regions.size(); v++) {
        if (base[i][v] <= 0) {
          continue;
        }
        List<Object> row = new ArrayList<>(List.of(regions.get(i), regions.get(v), Fmt.num(base[i][v] / 1e6, 1)));
        for (Outcome o : out.values()) {
          row.add(Fmt.num(o.values()[i][v] / 1e6, 1));
        }
        t.row(row.toArray());
      }
    }
    String est = a.inputs().baseline().estimated() ? " The base column is an estimate (RAS), not observed data." : "";
    return new Section("appendix-flows", "Appendix: bilateral flows",
        List.of(t.note("Pairs with a positive base flow." + est + " Volumes (tonnes) and values of every pair in every"
            + " scenario, in long form: tables/bilateral-flows-long.csv.").build()));
  }
}
