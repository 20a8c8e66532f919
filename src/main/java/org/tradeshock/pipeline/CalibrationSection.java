package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.List;
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

/** Calibrated wedges with their fit, and the capacity limits with which of them bind. */
final class CalibrationSection {
  private CalibrationSection() {}

  static Section build(Analysis a) {
    List<Block> b = new ArrayList<>();
    CalibrationResult cal = a.calibration();
    if (cal != null) {
      JobSpec.Calibration spec = a.job().spec().calibration();
      b.add(new Paragraph(Fmt.f("The wedges of %s are solved for (bounded Levenberg-Marquardt, %d iterations, %d"
          + " solves) so that the **%s** scenario reproduces the observed outcomes; the relief scenarios use the"
          + " calibrated values. Root-mean-square error of the fit: %.1e.", String.join(", ", spec.unknowns()),
          cal.iterations(), cal.solves(), spec.scenario(), cal.rmse())));
      b.add(wedges(a, cal));
      b.add(fit(a, cal));
      b.add(org.tradeshock.report.Callout.note("How to read a calibrated wedge: it is the cost that would, alone,"
          + " reproduce the observed outcome in this model. A value far above plausible freight and insurance costs"
          + " says that the outcome also reflects what the model does not hold (buyers lost to contracts and"
          + " reputation, binding logistics capacity, weaker demand), all attributed here to the wedge. With"
          + " re-calibration in every Monte Carlo draw the calibrated outcome itself carries no interval."));
    }
    if (a.job().spec().capacities() != null && !a.job().spec().capacities().isEmpty()) {
      b.add(capacities(a));
    }
    return new Section("calibration", "Calibration and capacity limits", b);
  }

  private static Table wedges(Analysis a, CalibrationResult cal) {
    Table.Builder t = Table.builder("calibrated-wedges", "Calibrated wedges").text("Measure").number("Hand-set", 3)
        .number("Calibrated", 3).text("Meaning");
    for (String id : cal.names()) {
      JobSpec.Measure m = a.job().spec().measures().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      double v = cal.value(id);
      t.row(m.label() == null ? id : m.label(), JobValidator.parseWedge(m.wedge()), v,
          Fmt.f("a cost of %.0f%% of the fob price on every route it covers", 100 * v));
    }
    return t.build();
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
    for (Outcome o : a.scenarios().outcomes().values()) {
      for (CapacityStatus c : o.capacities()) {
        i = c.exporter();
        double perTonne = a.inputs().baseline().unitValue()[i];
        t.row(o.label(), c.id(), c.limit() / perTonne / 1e6, c.flow() / perTonne / 1e6, c.binding() ? "yes" : "no",
            100 * c.shadowPrice(), c.rent() / 1e6);
      }
    }
    List<String> notes = new ArrayList<>();
    for (JobSpec.CapacityLimit c : a.job().spec().capacities()) {
      notes.add(c.id() + ": " + (c.rationale() == null ? "" : c.rationale()));
    }
    return t.note("Volumes in tonnes of the baseline product at base-year unit values. A binding limit earns a rent"
        + " (the shadow price times the flow) for whoever holds the scarce capacity; it is not counted in any"
        + " country's welfare, but in the world total of the welfare table. Scenarios not listed have no limit in force. " + String.join(" ", notes)).build();
  }
}
