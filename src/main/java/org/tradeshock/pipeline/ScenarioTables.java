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
    blocks.add(byRegion(a, "exporter-volume", "Export volume change by exporter", exporters, Delta::volume, true));
    blocks.add(byRegion(a, "exporter-revenue", "Export revenue change by exporter", exporters, Delta::revenue, true));
    blocks.add(byRegion(a, "world-price", "World (fob) price change by exporter", exporters, Delta::worldPrice, true));
    blocks.add(byRegion(a, "importer-price", "Delivered (composite) import price change by importer", all,
        Delta::importPrice, true));
    blocks.add(byRegion(a, "welfare", "Net welfare change by region (USD m)", all, Delta::welfare, false));
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
      ToDoubleBiFunction<Delta, Integer> metric, boolean relative) {
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
    return t.note(relative ? "Relative changes; -100% means the flow stops." : "USD million a year at base-year prices.")
        .build();
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
        List.of(t.note("Pairs with a positive base flow." + est).build()));
  }
}
