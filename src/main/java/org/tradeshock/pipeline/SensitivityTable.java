package org.tradeshock.pipeline;

import java.util.List;
import java.util.Map;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobSpec;
import org.tradeshock.job.JobValidator;
import org.tradeshock.report.Table;
import org.tradeshock.uncertainty.Parameter;
import org.tradeshock.uncertainty.Sweep;

/**
 * The one-at-a-time table: every compared scenario and headline metric, at the central values and
 * with each uncertain parameter at the low and at the high end of its range (the others central),
 * stated against the scenario it is compared with; then the re-calibrated wedges at each point.
 */
final class SensitivityTable {
  private SensitivityTable() {}

  static Table build(Job job, EngineRuns.Result u) {
    return build(job, u, Map.of());
  }

  /**
   * The table, with re-calibrated capacity limits (base-value units in the sweep) shown in Mt using
   * {@code perTonne} (capacity id to base-value units per tonne).
   */
  static Table build(Job job, EngineRuns.Result u, Map<String, Double> perTonne) {
    Sweep s = u.sweep();
    String f = job.spec().focus().exporter();
    String[] names = {f + " export volume", f + " export revenue", "Market price"};
    Table.Builder t = Table.builder("sensitivity", "One parameter at a time: each output at the low and high end of"
        + " each parameter's range, the others central").text("Scenario").text("Compared with").text("Output")
        .number("Central", 1);
    for (Parameter p : s.parameters()) {
      t.number(UncertaintySection.label(p) + " at low (" + trim(p.distribution().low()) + ")", 1);
      t.number(UncertaintySection.label(p) + " at high (" + trim(p.distribution().high()) + ")", 1);
    }
    for (JobSpec.Scenario sc : job.spec().scenarios()) {
      String ref = reference(sc);
      if (ref == null && (sc.measures() == null || sc.measures().isEmpty())) {
        continue; // the base itself
      }
      for (int j = 0; j < names.length; j++) {
        String metric = s.metrics().get(j);
        Object[] row = new Object[4 + 2 * s.parameters().size()];
        row[0] = sc.label();
        row[1] = ref == null ? "base year " + job.spec().baseline().year() : label(job, ref);
        row[2] = names[j];
        row[3] = Fmt.pct(s.relativeCentral(sc.id(), ref, metric));
        for (int p = 0; p < s.parameters().size(); p++) {
          row[4 + 2 * p] = Fmt.pct(s.relative(p, Sweep.End.LOW, sc.id(), ref, metric));
          row[5 + 2 * p] = Fmt.pct(s.relative(p, Sweep.End.HIGH, sc.id(), ref, metric));
        }
        t.row(row);
      }
    }
    for (String unknown : s.unknowns()) {
      t.row(calibratedRow(job, s, unknown, perTonne.get(unknown)));
    }
    return t.note("Changes of each scenario against the scenario it is compared with, as in the scenario"
        + " comparison. No draws: this shows how far each range moves each output, not how likely any value is."
        + (s.unknowns().isEmpty() ? "" : " The last rows give the wedges (0.25 = 25%) and capacity limits (Mt)"
        + " re-calibrated at each point, as values rather than changes.")).build();
  }

  /** A re-calibrated unknown: a wedge as a value, or a capacity ({@code perTonne} non-null) in Mt. */
  private static Object[] calibratedRow(Job job, Sweep s, String unknown, Double perTonne) {
    double scale = perTonne == null ? 1 : 1 / (perTonne * 1e6);
    Object[] row = new Object[4 + 2 * s.parameters().size()];
    row[0] = label(job, job.spec().calibration().scenario());
    row[1] = "re-calibrated";
    row[2] = unknown + (perTonne == null ? " wedge" : " capacity (Mt)");
    row[3] = Fmt.num(scale * s.calibratedCentral(unknown), 3);
    for (int p = 0; p < s.parameters().size(); p++) {
      row[4 + 2 * p] = Fmt.num(scale * s.calibrated(p, Sweep.End.LOW, unknown), 3);
      row[5 + 2 * p] = Fmt.num(scale * s.calibrated(p, Sweep.End.HIGH, unknown), 3);
    }
    return row;
  }

  /** The scenario a job scenario is compared with, or null for the base year. */
  static String reference(JobSpec.Scenario sc) {
    return sc.compareTo() == null || JobValidator.BASE.equals(sc.compareTo()) ? null : sc.compareTo();
  }

  private static String label(Job job, String scenarioId) {
    List<JobSpec.Scenario> ss = job.spec().scenarios();
    return ss.stream().filter(x -> x.id().equals(scenarioId)).map(JobSpec.Scenario::label).findFirst()
        .orElse(scenarioId);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : Fmt.f("%.2f", v);
  }
}
