package org.tradeshock.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tradeshock.datasets.BundledDatasets;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobLoader;
import org.tradeshock.job.JobSpec;
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

  /**
   * The limitation naming the job's {@code calibration.alternative}: another job that explains the
   * same targets with other unknowns, and what that changes. Null when the job names none.
   */
  static String alternative(Analysis a) {
    JobSpec.Calibration c = a.job().spec().calibration();
    if (c == null || c.alternative() == null) {
      return null;
    }
    Path file = a.job().file().toAbsolutePath().getParent().resolve(c.alternative()).normalize();
    Job other = JobLoader.load(file);
    boolean hereCapacity = c.unknowns().stream().anyMatch(id -> CapacityUnits.isCapacity(a.job().spec(), id));
    JobSpec.Calibration oc = other.spec().calibration();
    boolean thereCapacity = oc != null
        && oc.unknowns().stream().anyMatch(id -> CapacityUnits.isCapacity(other.spec(), id));
    String named = "job " + other.name() + " (" + ReportAssembler.shown(file) + ", \"" + other.spec().title() + "\")";
    String common = " Both fit the same observed drop, so the data on that drop cannot tell them apart; they differ in"
        + " what changes when measures are lifted. Under a cost wedge (and no binding limit), relief that lifts other measures raises the"
        + " exporter's volume and fob price. Under a binding capacity that stays in force, the same relief raises"
        + " no volume on the capped routes while the limit binds: it raises the rent that buyers pay to whoever holds"
        + " the routes. Run both jobs and compare their scenario tables before relying on either.";
    if (!hereCapacity && thereCapacity) {
      return "Two explanations of the observed outcomes: this job attributes them to the calibrated cost wedge(s)"
          + " " + String.join(", ", c.unknowns()) + "; " + named
          + " attributes them instead to a binding route capacity (" + String.join(", ", oc.unknowns()) + ")."
          + common;
    }
    if (hereCapacity && !thereCapacity && oc != null) {
      return "Two explanations of the observed outcomes: this job attributes them to a binding route capacity ("
          + String.join(", ", c.unknowns()) + "); " + named + " attributes them instead to the calibrated cost"
          + " wedge(s) " + String.join(", ", oc.unknowns()) + "." + common;
    }
    return "Another explanation of the same observed outcomes: " + named + ".";
  }

  /** What the Monte Carlo re-calibrates, in words. */
  private static String recalibrated(Analysis a) {
    boolean caps = a.calibration() != null
        && a.calibration().names().stream().anyMatch(id -> CapacityUnits.isCapacity(a.job().spec(), id));
    return caps ? "capacity limits" : "wedges";
  }

  /** "2022-2023": the years of the observed outcomes (the job's evidence.after), or a description. */
  static String observedPeriod(Analysis a) {
    JobSpec.Evidence ev = a.job().spec().evidence();
    if (ev == null || ev.after() == null || ev.after().isEmpty()) {
      return "the calibration period";
    }
    int from = java.util.Collections.min(ev.after());
    int to = java.util.Collections.max(ev.after());
    return from == to ? Integer.toString(from) : from + "-" + to;
  }

  static Section limitations(Analysis a) {
    List<String> items = new java.util.ArrayList<>();
    if (a.inputs().baseline().estimated()) {
      items.add("The bilateral base matrix is estimated by RAS from country totals and a few known shares; bilateral"
          + " results inherit that uncertainty.");
    }
    items.add("Partial equilibrium for one product: no feedback through the markets that use it or supply its inputs,"
        + " energy or exchange rates.");
    if (a.calibration() == null) {
      items.add("Exporter-wide friction wedges are hand-set assumptions (stated in the measures table), not estimates.");
    } else {
      List<String> unknowns = a.job().spec().calibration().unknowns();
      boolean wedgesOnly = unknowns.stream().noneMatch(id -> CapacityUnits.isCapacity(a.job().spec(), id));
      items.add("Only " + String.join(", ", unknowns) + (unknowns.size() == 1 ? " is" : " are") + " calibrated; the"
          + (wedgesOnly ? " other" : "") + " ad-valorem wedges are hand-set. Calibrating to the observed export drop"
          + " attributes all of it to the sanctions" + (wedgesOnly ? " and rerouting" : " and the route capacity")
          + ", although other changes in " + observedPeriod(a) + " (demand, prices of inputs) also played a part.");
      String alt = alternative(a);
      if (alt != null) {
        items.add(alt);
      }
      items.add("The " + a.job().spec().calibration().scenario() + " state reproduces the outcomes observed in "
          + observedPeriod(a) + ", and each relief scenario is measured against it, not against the state just"
          + " before the relief. Whatever changed after " + observedPeriod(a) + " (for instance rerouting that grew"
          + " as new routes were built) is not in it, so relief effects measured from it may be overstated.");
    }
    List<String> calibratedCaps = a.calibration() == null ? List.of() : a.calibration().names().stream()
        .filter(id -> CapacityUnits.isCapacity(a.job().spec(), id)).toList();
    if (a.job().spec().capacities() == null || a.job().spec().capacities().isEmpty()) {
      items.add("No capacity limits: rerouted exports are not capped, so relief effects may be overstated where"
          + " logistics bind.");
    } else if (calibratedCaps.isEmpty()) {
      items.add("Capacity limits are single figures from official statements, not measured capacities.");
    } else {
      items.add("The capacity limit of " + String.join(", ", calibratedCaps) + " is inferred from the observed"
          + " outcomes, not measured: it is the limit that would explain them given the hand-set wedges, and any cost"
          + " of rerouting left out of those wedges is attributed to it.");
    }
    if (a.uncertainty() == null) {
      items.add("Elasticities are single values per parameter; the literature range (Method) is wide.");
    } else if (a.uncertainty().summary() == null) {
      items.add("One-at-a-time sensitivity only: each range is explored alone with the others central, so joint"
          + " effects and the likelihood of outcomes are not given; run the Monte Carlo for intervals.");
    } else {
      List<String> drawn = a.uncertainty().parameters().stream()
          .filter(p -> p.kind() == Parameter.Kind.MEASURE).map(Parameter::name).toList();
      items.add("Intervals cover elasticity uncertainty (and the re-calibrated " + recalibrated(a) + ")"
          + (drawn.isEmpty() ? "" : " and the assumed ranges of the hand-set wedges " + String.join(", ", drawn))
          + ", not the estimated baseline matrix" + (drawn.isEmpty() ? " or the hand-set wedges." : " or any other hand-set wedge."));
    }
    items.add("Comparative statics: each scenario is a long-run equilibrium of the base year's market; contracts,"
        + " inventories and the time needed to rebuild routes are not modelled.");
    items.addAll(a.job().spec().notesOrEmpty().limitationsOrEmpty());
    return new Section("limitations", "Limitations", List.of(new BulletList(items)));
  }

}
