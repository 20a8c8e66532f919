package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.tradeshock.report.Block;
import org.tradeshock.report.Paragraph;
import org.tradeshock.report.Section;
import org.tradeshock.report.Table;
import org.tradeshock.scenario.Delta;
import org.tradeshock.scenario.Outcome;

/** The scenario comparison: every scenario side by side, by exporter and by importer. */
final class ScenarioTables {
  private ScenarioTables() {}

  static Section build(Analysis a) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Each column is one scenario stated against the scenario it is compared with (row"
        + " \"compared with\"); all scenarios are solved from the same base year, so any two can be compared exactly."));
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
    blocks.add(byRegion(a, "welfare", "Net welfare change by region (USD m)", all, Delta::welfare, false,
        "USD million a year at base-year prices."));
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
    Map<String, Delta> deltas = a.scenarios().deltas();
    Table.Builder t = Table.builder(id, caption).text("Region");
    deltas.keySet().forEach(k -> t.number(k, 1));
    List<Object> compared = new ArrayList<>();
    compared.add("compared with");
    deltas.values().forEach(d -> compared.add(d.reference().id()));
    t.row(compared.toArray());
    for (int i : rows) {
      List<Object> row = new ArrayList<>();
      row.add(a.scenarios().base().regions().get(i));
      for (Delta d : deltas.values()) {
        double v = metric.applyAsDouble(d, i);
        row.add(relative ? Fmt.pct(v) : Fmt.millions(v));
      }
      t.row(row.toArray());
    }
    return t.note(note).build();
  }

  private static Table welfareComponents(Analysis a) {
    List<String> regions = a.scenarios().base().regions();
    Table.Builder t = Table.builder("welfare-components", "Welfare components by scenario and region (USD m)")
        .text("Scenario").text("Compared with").text("Region").number("Producer surplus", 1)
        .number("Consumer surplus", 1).number("Wedge revenue", 1).number("Net welfare", 1);
    for (Delta d : a.scenarios().deltas().values()) {
      if (SummarySection.isBaseItself(a, d)) {
        continue;
      }
      for (int r = 0; r < regions.size(); r++) {
        t.row(d.scenario().id(), d.reference().id(), regions.get(r), Fmt.num(d.producerSurplus(r) / 1e6, 1),
            Fmt.num(d.consumerSurplus(r) / 1e6, 1), Fmt.num(d.tariffRevenue(r) / 1e6, 1), Fmt.num(d.welfare(r) / 1e6, 1));
      }
    }
    return t.note("Producer surplus of each region as exporter, consumer surplus and wedge (tariff) revenue as importer."
        + " Wedges of sanctions and logistics are dissipated costs unless a measure is marked collected.").build();
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
        .text("Exporter").text("Importer").number("base", 1);
    out.keySet().forEach(k -> t.number(k, 1));
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
