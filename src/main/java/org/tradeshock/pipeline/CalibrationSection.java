package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradeshock.calibration.CalibrationResult;
import org.tradeshock.calibration.TargetFit;
import org.tradeshock.job.JobSpec;
import org.tradeshock.job.JobValidator;
import org.tradeshock.model.CapacityStatus;
import org.tradeshock.report.Block;
import org.tradeshock.report.Paragraph;
import org.tradeshock.report.Section;
import org.tradeshock.report.Table;
import org.tradeshock.scenario.Outcome;

/** Calibrated wedges and capacity limits with their fit, and the capacity limits with which of them bind. */
final class CalibrationSection {
  private CalibrationSection() {}

  static Section build(Analysis a) {
    List<Block> b = new ArrayList<>();
    CalibrationResult cal = a.calibration();
    JobSpec spec = a.job().spec();
    if (cal != null) {
      JobSpec.Calibration c = spec.calibration();
      List<String> wedges = cal.names().stream().filter(id -> !CapacityUnits.isCapacity(spec, id)).toList();
      List<String> caps = cal.names().stream().filter(id -> CapacityUnits.isCapacity(spec, id)).toList();
      String what = (wedges.isEmpty() ? "" : "The wedges of " + String.join(", ", wedges))
          + (wedges.isEmpty() || caps.isEmpty() ? "" : " and the")
          + (caps.isEmpty() ? "" : (wedges.isEmpty() ? "The" : "") + " capacity limit of " + String.join(", ", caps));
      b.add(new Paragraph(Fmt.f("%s " + (cal.names().size() == 1 && caps.size() == 1 ? "is" : "are") + " solved for (bounded Levenberg-Marquardt, %d iterations, %d"
          + " solves) so that the **%s** scenario reproduces the observed outcomes; the relief scenarios use the"
          + " calibrated values. Root-mean-square error of the fit: %.1e.", what, cal.iterations(), cal.solves(),
          c.scenario(), cal.rmse())));
      if (!wedges.isEmpty()) {
        b.add(wedges(a, cal, wedges));
      }
      if (!caps.isEmpty()) {
        b.add(capacityLimits(a, cal, caps));
      }
      b.add(fit(a, cal));
      if (!wedges.isEmpty()) {
        b.add(org.tradeshock.report.Callout.note("How to read a calibrated wedge: it is the cost that would, alone,"
            + " reproduce the observed outcome in this model. A value far above plausible freight and insurance costs"
            + " says that the outcome also reflects what the model does not hold (buyers lost to contracts and"
            + " reputation, binding logistics capacity, weaker demand), all attributed here to the wedge. With"
            + " re-calibration in every Monte Carlo draw the calibrated outcome itself carries no interval."));
      }
      if (!caps.isEmpty()) {
        b.add(org.tradeshock.report.Callout.note("How to read a calibrated capacity: it is the volume the routes"
            + " could carry that, with the hand-set wedges, reproduces the observed outcome. Where it binds, buyers bid"
            + " for the scarce route and pay a rent (the shadow price) on top of the exporter's fob price, so in the"
            + " calibration scenario it acts like a wedge of that size; the difference is that the rent is earned by"
            + " whoever holds the route rather than spent on rerouting, and that it adjusts. A relief that leaves the"
            + " limit in force and binding moves no volume on the capped routes (and, where they are all of the exporter's"
            + " routes, not its fob price either, which its supply curve ties to its volume): it changes the rent. The job's own figure for the limit is only where"
            + " the solver starts (or below it, where that figure would not bind)."));
      }
    }
    if (spec.capacities() != null && !spec.capacities().isEmpty()) {
      b.add(capacities(a));
    }
    return new Section("calibration", "Calibration and capacity limits", b);
  }

  private static Table wedges(Analysis a, CalibrationResult cal, List<String> ids) {
    Table.Builder t = Table.builder("calibrated-wedges", "Calibrated wedges").text("Measure").number("Hand-set", 3)
        .number("Calibrated", 3).text("Meaning");
    for (String id : ids) {
      JobSpec.Measure m = a.job().spec().measures().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      double v = cal.value(id);
      t.row(m.label() == null ? id : m.label(), JobValidator.parseWedge(m.wedge()), v,
          Fmt.f("a cost of %.0f%% of the fob price on every route it covers", 100 * v));
    }
    return t.build();
  }

  private static Table capacityLimits(Analysis a, CalibrationResult cal, List<String> ids) {
    Table.Builder t = Table.builder("calibrated-capacities", "Calibrated capacity limits").text("Capacity")
        .number("Job's figure (Mt)", 2).number("Calibrated (Mt)", 3).text("Meaning");
    Map<String, Double> perTonne = CapacityUnits.perTonne(a);
    for (String id : ids) {
      JobSpec.CapacityLimit c = CapacityUnits.capacity(a.job().spec(), id);
      double mt = cal.value(id) / perTonne.get(id) / 1e6;
      t.row(c.label() == null ? id : c.label(), c.limitTonnes() / 1e6, mt, Fmt.f("at most %.2f Mt a year on the"
          + " routes it covers (%s), wherever %s is in force", mt, c.importers() == null ? "all" : String.join(", ",
          c.importers()), c.activeWith() == null || c.activeWith().isEmpty() ? "any measure"
          : String.join(" or ", c.activeWith())));
    }
    return t.note("Tonnes of the baseline product at the exporter's base-year unit value. The job's figure and its"
        + " source are in the capacity table below; the calibrated value replaces it in every scenario.").build();
  }

  private static Table fit(Analysis a, CalibrationResult cal) {
    Table.Builder t = Table.builder("calibration-fit", "Targets and fit").text("Target").number("Observed", 3)
        .number("Model", 3).number("Residual", 6).text("Source");
    List<JobSpec.Target> targets = a.job().spec().calibration().targets();
    for (TargetFit f : cal.fits()) {
      String src = targets.stream().filter(x -> x.id().equals(f.name())).map(JobSpec.Target::source).findFirst().orElse("");
      t.row(f.name(), f.target(), f.fitted(), f.residual(), src == null ? "" : src);
    }
    return t.build();
  }

  private static Table capacities(Analysis a) {
    Table.Builder t = Table.builder("capacities", "Capacity limits per scenario: which bind").text("Scenario")
        .text("Limit").number("Limit (Mt)", 2).number("Flow (Mt)", 2).text("Binds").number("Shadow price (%)", 1)
        .number("Rent (USD m)", 0);
    int i = -1;
    Set<String> calibrated = a.calibration() == null ? Set.of() : Set.copyOf(a.calibration().names());
    for (Outcome o : a.scenarios().outcomes().values()) {
      for (CapacityStatus c : o.capacities()) {
        i = c.exporter();
        double perTonne = a.inputs().baseline().unitValue()[i];
        t.row(o.label(), c.id() + (calibrated.contains(c.id()) ? " (calibrated)" : ""), c.limit() / perTonne / 1e6, c.flow() / perTonne / 1e6, c.binding() ? "yes" : "no",
            100 * c.shadowPrice(), c.rent() / 1e6);
      }
    }
    List<String> notes = new ArrayList<>();
    for (JobSpec.CapacityLimit c : a.job().spec().capacities()) {
      notes.add(c.id() + (calibrated.contains(c.id()) ? Fmt.f(" (the job's figure, %.2f Mt, is replaced by the"
          + " calibrated limit)", c.limitTonnes() / 1e6) : "") + ": " + (c.rationale() == null ? "" : c.rationale()));
    }
    return t.note("Volumes in tonnes of the baseline product at base-year unit values. A binding limit earns a rent"
        + " (the shadow price times the flow) for whoever holds the scarce capacity; it is not counted in any"
        + " country's welfare, but in the world total of the welfare table. Scenarios not listed have no limit in force. " + String.join(" ", notes)).build();
  }
}
