package org.tradeshock.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tradeshock.datasets.BundledDatasets;
import org.tradeshock.report.BulletList;
import org.tradeshock.report.Paragraph;
import org.tradeshock.report.Section;
import org.tradeshock.report.Table;
import org.tradeshock.uncertainty.Parameter;

/** Data provenance (every input with its checksum and sources) and the limitations of the analysis. */
final class ProvenanceSection {
  private ProvenanceSection() {}

  static Section build(Analysis a, List<InputFile> inputs) {
    Path root = a.job().file().toAbsolutePath().getParent();
    Map<String, List<String>> sources = sources(a.inputs().data());
    Table.Builder t = Table.builder("inputs", "Inputs of this run")
        .text("Input").text("File").number("Bytes", 0).text("SHA-256").text("Sources (distinct)");
    for (InputFile f : inputs) {
      List<String> s = sources.getOrDefault(f.name(), List.of());
      String shown = s.stream().limit(3).collect(Collectors.joining("; "))
          + (s.size() > 3 ? "; and " + (s.size() - 3) + " more (see the file's source column)" : "");
      t.row(f.name(), root.relativize(f.path().toAbsolutePath()).toString(), f.bytes(), f.sha256().substring(0, 16) + "...",
          shown);
    }
    return new Section("provenance", "Data provenance", List.of(
        new Paragraph("Every row of the bundled datasets carries its source (publication, table, year); datasets/README.md"
            + " documents how each table was assembled. Full checksums, parameters and versions are in manifest.json."),
        t.note("SHA-256 shortened here; manifest.json has the full hashes.").build()));
  }

  private static Map<String, List<String>> sources(BundledDatasets d) {
    return Map.of(
        "trade_totals", distinct(d.tradeTotals().stream().map(x -> x.source())),
        "production", distinct(d.production().stream().map(x -> x.source())),
        "prices", distinct(d.prices().stream().map(x -> x.source())),
        "timeline", distinct(d.timeline().stream().map(x -> x.source())),
        "elasticities", distinct(d.elasticities().stream().map(x -> x.source())),
        "bilateral_facts", distinct(d.bilateralFacts().stream().map(x -> x.source())),
        "claims", distinct(d.claims().stream().map(x -> x.publication())));
  }

  private static List<String> distinct(Stream<String> s) {
    return s.distinct().collect(Collectors.toList());
  }

  static Section limitations(Analysis a) {
    List<String> items = new java.util.ArrayList<>();
    if (a.inputs().baseline().estimated()) {
      items.add("The bilateral base matrix is estimated by RAS from country totals and a few known shares; bilateral"
          + " results inherit that uncertainty.");
    }
    items.add("Partial equilibrium for one product: no feedback through fertiliser use, crop prices, energy or"
        + " exchange rates.");
    if (a.calibration() == null) {
      items.add("Exporter-wide friction wedges are hand-set assumptions (stated in the measures table), not estimates.");
    } else {
      items.add("Only " + String.join(", ", a.job().spec().calibration().unknowns()) + " is calibrated; the other"
          + " ad-valorem wedges are hand-set. Calibrating to the observed export drop attributes all of it to the"
          + " sanctions and rerouting, although weaker demand in 2022-2023 also played a part.");
    }
    if (a.job().spec().capacities() == null || a.job().spec().capacities().isEmpty()) {
      items.add("No capacity limits: rerouted exports are not capped, so relief effects may be overstated where"
          + " logistics bind.");
    } else {
      items.add("Capacity limits are single figures from official statements, not measured capacities.");
    }
    if (a.uncertainty() == null) {
      items.add("Elasticities are single values per parameter; the literature range (Method) is wide.");
    } else if (a.uncertainty().summary() == null) {
      items.add("One-at-a-time sensitivity only: each range is explored alone with the others central, so joint"
          + " effects and the likelihood of outcomes are not given; run the Monte Carlo for intervals.");
    } else {
      List<String> drawn = a.uncertainty().parameters().stream()
          .filter(p -> p.kind() == Parameter.Kind.MEASURE).map(Parameter::name).toList();
      items.add("Intervals cover elasticity uncertainty (and the re-calibrated wedges)"
          + (drawn.isEmpty() ? "" : " and the assumed ranges of the hand-set wedges " + String.join(", ", drawn))
          + ", not the estimated baseline matrix" + (drawn.isEmpty() ? " or the hand-set wedges." : " or any other hand-set wedge."));
    }
    items.add("Comparative statics: each scenario is a long-run equilibrium of the base year's market; contracts,"
        + " inventories and the time needed to rebuild routes are not modelled.");
    items.add("Trade data: FAOSTAT figures are partly mirror estimates (flag R) and carry imputations (Canada, Belarus,"
        + " Jordan 2020-2023); the Pink Sheet potash price changed basis in January 2020.");
    return new Section("limitations", "Limitations", List.of(new BulletList(items)));
  }

}
