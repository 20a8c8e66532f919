package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeshock.chart.ScenarioBars;
import org.tradeshock.chart.TornadoChart;
import org.tradeshock.job.JobSpec;
import org.tradeshock.report.Block;
import org.tradeshock.report.Figure;
import org.tradeshock.report.Paragraph;
import org.tradeshock.report.Section;
import org.tradeshock.report.Table;
import org.tradeshock.scenario.Delta;
import org.tradeshock.uncertainty.McSummary;
import org.tradeshock.uncertainty.Parameter;
import org.tradeshock.uncertainty.Quantiles;
import org.tradeshock.uncertainty.TornadoBar;

/** Monte Carlo intervals per scenario, the interval chart, the tornado, and draw diagnostics. */
final class UncertaintySection {
  private UncertaintySection() {}

  static Section build(Analysis a, Headline h) {
    EngineRuns.Result u = a.uncertainty();
    if (u.summary() == null) {
      return oneAtATime(a, u);
    }
    McSummary mc = u.summary();
    List<Block> b = new ArrayList<>();
    JobSpec.Uncertainty spec = a.job().spec().uncertainty();
    b.add(new Paragraph(Fmt.f("%,d draws (seed %d, %d Spark partitions: the same results for any partition count),"
        + " %.1f s. Each draw takes the three elasticities from PERT distributions between the dataset's low and"
        + " high values with the job's value as mode%s%s. Intervals are P5 to P95 of each scenario's change against"
        + " the scenario it is compared with, computed draw by draw.", mc.draws(), mc.seed(), u.partitions(),
        u.seconds(), drawnWedges(u), Boolean.TRUE.equals(spec.recalibrate())
            ? ", and re-calibrates " + String.join(", ", a.job().spec().calibration().unknowns())
                + " so that every draw reproduces the observed outcomes" : "")));
    b.add(parameters(u));
    b.add(intervals(a, h, mc));
    if (!mc.calibrated().isEmpty()) {
      b.add(recalibrated(a, mc));
    }
    b.add(chart(a, h, mc));
    if (!u.tornado().isEmpty()) {
      b.add(tornado(a, u));
      b.add(tornadoTable(a, u));
    }
    b.add(diagnostics(a, mc));
    return new Section("uncertainty", "Uncertainty", b);
  }

  /** A run without draws: the one-at-a-time table and the tornado. */
  private static Section oneAtATime(Analysis a, EngineRuns.Result u) {
    List<Block> b = new ArrayList<>();
    int points = 2 * u.parameters().size() + 1;
    b.add(new Paragraph(Fmt.f("One parameter at a time (uncertainty.method one_at_a_time, or --sensitivity on the"
        + " command line), %d evaluations, %.1f s: each uncertain parameter in turn at the low and the high end of its"
        + " range, the others at their central values%s. There are no Monte Carlo draws, hence no intervals; run"
        + " with method monte_carlo for P5 to P95.", points, u.seconds(),
        Boolean.TRUE.equals(a.job().spec().uncertainty().recalibrate())
            ? ", with " + String.join(", ", a.job().spec().calibration().unknowns())
                + " re-calibrated at every point so that each reproduces the observed outcomes" : "")));
    b.add(parameters(u));
    b.add(SensitivityTable.build(a.job(), u, CapacityUnits.perTonne(a)));
    if (!u.tornado().isEmpty()) {
      b.add(tornado(a, u));
      b.add(tornadoTable(a, u));
    }
    return new Section("uncertainty", "Sensitivity, one parameter at a time", b);
  }

  private static String[] metrics(Analysis a) {
    return new String[] {SummarySection.metric(a, 0), SummarySection.metric(a, 1), SummarySection.metric(a, 2)};
  }

  /** ", the hand-set wedges x and y from PERT distributions over the job's ranges", or "" when none is drawn. */
  static String drawnWedges(EngineRuns.Result u) {
    List<String> names = u.parameters().stream().filter(p -> p.kind() == Parameter.Kind.MEASURE)
        .map(Parameter::name).toList();
    if (names.isEmpty()) {
      return "";
    }
    boolean one = names.size() == 1;
    return Fmt.f(", the hand-set wedge%s %s from %s over the job's range%s (uncertainty.wedges) with the measure's"
        + " wedge as mode", one ? "" : "s", String.join(", ", names), one ? "a PERT distribution" : "PERT distributions",
        one ? "" : "s");
  }

  /** The parameter's name as the report shows it: wedges are marked as such. */
  static String label(Parameter p) {
    return p.kind() == Parameter.Kind.MEASURE ? p.name() + " wedge" : p.name();
  }

  private static Table parameters(EngineRuns.Result u) {
    Table.Builder t = Table.builder("mc-parameters", "Distributions of the uncertain parameters")
        .text("Parameter").text("Kind").text("Distribution").number("Low", 2).number("Mode", 2).number("High", 2)
        .text("Source");
    for (Parameter p : u.parameters()) {
      var d = p.distribution();
      String kind = p.kind() == Parameter.Kind.MEASURE ? "hand-set wedge (ad valorem)" : "elasticity";
      t.row(label(p), kind, "PERT", d.low(), d.mode(), d.high(), p.source());
    }
    return t.note("Elasticity ranges come from the elasticities dataset; wedge ranges are the job's"
        + " (uncertainty.wedges) and their source says whether they rest on evidence or are an assumption.").build();
  }

  private static Table intervals(Analysis a, Headline h, McSummary mc) {
    String f = a.job().spec().focus().exporter();
    String[] m = metrics(a);
    String[] names = {f + " export volume", f + " export revenue", "Market price"};
    Table.Builder t = Table.builder("intervals", "Results with 90% intervals: P5, median (P50) and P95 over the draws")
        .text("Scenario").text("Compared with").text("Output").number("Central", 1).number("P5", 1).number("P50", 1)
        .number("P95", 1).number("Draws used", 0).text("Note");
    for (Delta d : a.scenarios().deltas().values()) {
      if (SummarySection.isBaseItself(a, d)) {
        continue;
      }
      String ref = "base".equals(d.reference().id()) ? null : d.reference().id();
      double[] central = {d.volume(h.focus()), d.revenue(h.focus()), d.marketPrice()};
      for (int j = 0; j < m.length; j++) {
        Intervals iv = Intervals.of(mc, d.scenario().id(), ref, m[j]);
        String note = SummarySection.isZeroWidth(central[j], iv) ? SummarySection.fixedReason(a, d) : "";
        t.row(d.scenario().label(), SummarySection.label(a, d), names[j], Fmt.pct(central[j]), Fmt.pct(iv.p5()),
            Fmt.pct(iv.p50()), Fmt.pct(iv.p95()), iv.ok(), note);
      }
    }
    return t.note("Central: the deterministic solve at the central parameter values. Percentiles are of each"
        + " scenario's change against the scenario it is compared with, computed draw by draw; the difference between"
        + " each relief path and the sanctioned state is the row compared with the sanctioned state. Draws used"
        + " excludes failed draws (see the diagnostics).").build();
  }

  /**
   * P5, P50 and P95 of the wedges (ad valorem) and capacity limits (Mt) re-calibrated in every draw,
   * beside the central calibration.
   */
  private static Table recalibrated(Analysis a, McSummary mc) {
    Map<String, Double> perTonne = CapacityUnits.perTonne(a);
    boolean caps = mc.calibrated().keySet().stream().anyMatch(id -> CapacityUnits.isCapacity(a.job().spec(), id));
    Table.Builder t = Table.builder("recalibrated-wedges", caps
            ? "Wedges (ad valorem, 0.25 = 25%) and capacity limits (Mt) re-calibrated in every draw"
            : "Wedges re-calibrated in every draw (ad valorem, 0.25 = 25%)")
        .text(caps ? "Measure or capacity" : "Measure").text("Calibrated in").number("Central", 3).number("P5", 3)
        .number("P50", 3).number("P95", 3).number("Draws calibrated", 0).number("Draws failed", 0);
    for (Map.Entry<String, Quantiles> e : mc.calibrated().entrySet()) {
      Quantiles q = e.getValue();
      boolean cap = CapacityUnits.isCapacity(a.job().spec(), e.getKey());
      double k = cap ? 1 / (perTonne.get(e.getKey()) * 1e6) : 1;
      t.row(e.getKey() + (cap ? " (Mt)" : ""), a.job().spec().calibration().scenario(),
          k * a.calibration().value(e.getKey()), k * q.p5(), k * q.p50(), k * q.p95(), q.ok(), q.failed());
    }
    return t.note("Each draw solves for these values so that its scenario reproduces the observed targets with the"
        + " draw's elasticities and drawn wedges; their spread is the part of the calibrated friction that the data"
        + " cannot pin down once the other parameters are uncertain."
        + (caps ? " A capacity that covers all of an exporter's routes and is calibrated to its export volume equals"
        + " the target volume in every draw, so it has no spread." : "")).build();
  }

  private static Figure chart(Analysis a, Headline h, McSummary mc) {
    String[] m = metrics(a);
    List<String> labels = new ArrayList<>();
    List<Delta> shown = a.scenarios().deltas().values().stream().filter(d -> !SummarySection.isBaseItself(a, d)).toList();
    String ex = a.job().spec().focus().exporter();
    String[] names = {ex + " export volume", ex + " export revenue", "Market price (import-weighted)"};
    Map<String, double[]> mid = new LinkedHashMap<>();
    Map<String, double[]> lo = new LinkedHashMap<>();
    Map<String, double[]> hi = new LinkedHashMap<>();
    for (String n : names) {
      mid.put(n, new double[shown.size()]);
      lo.put(n, new double[shown.size()]);
      hi.put(n, new double[shown.size()]);
    }
    for (int k = 0; k < shown.size(); k++) {
      Delta d = shown.get(k);
      labels.add(d.scenario().label().replaceAll("\\s*\\(.*\\)\\s*$", ""));
      double[] point = {d.volume(h.focus()), d.revenue(h.focus()), d.marketPrice()};
      String ref = "base".equals(d.reference().id()) ? null : d.reference().id();
      for (int j = 0; j < names.length; j++) {
        Intervals iv = Intervals.of(mc, d.scenario().id(), ref, m[j]);
        // The dots show the deterministic solve, the whiskers the Monte Carlo P5 and P95 as they are.
        mid.get(names[j])[k] = 100 * point[j];
        lo.get(names[j])[k] = 100 * iv.p5();
        hi.get(names[j])[k] = 100 * iv.p95();
      }
    }
    return Figure.of("scenario-intervals", "Scenario results with 90% Monte Carlo intervals, each against the state it is"
        + " compared with (see the headline table): dots are the point values, whiskers run from P5 to P95",
        ScenarioBars.build("Scenario results with intervals", "Change vs comparison scenario (%)", labels, mid, lo, hi));
  }

  /** "US relief (Dec 2025) against Sanctioned state (2022-2025)", or "... against the base year 2019". */
  private static String tornadoSubject(Analysis a, EngineRuns.Result u) {
    String scen = a.scenarios().outcomes().get(u.tornadoScenario()).label();
    return scen + " against " + (u.tornadoReference() == null ? "the base year " + SummarySection.baseYear(a)
        : a.scenarios().outcomes().get(u.tornadoReference()).label());
  }

  private static Figure tornado(Analysis a, EngineRuns.Result u) {
    List<TornadoChart.Bar> bars = new ArrayList<>();
    double central = 0;
    for (TornadoBar t : u.tornado()) {
      if (Double.isFinite(t.swing())) {
        bars.add(new TornadoChart.Bar(TornadoChart.label(label(parameter(u, t)), t.lowInput(), t.highInput()),
            100 * t.lowOutput(), 100 * t.highOutput()));
        central = 100 * t.central();
      }
    }
    String ex = a.job().spec().focus().exporter();
    String subject = tornadoSubject(a, u);
    return Figure.of("tornado", "Which parameter moves " + ex + "'s export revenue change most: " + subject
        + " (the headline's comparison), each parameter at its low and high end with the others central",
        TornadoChart.build("Sensitivity of " + ex + " export revenue: " + subject,
            ex + " export revenue change (%)", bars, central));
  }

  private static Parameter parameter(EngineRuns.Result u, TornadoBar b) {
    return u.parameters().stream().filter(x -> x.name().equals(b.parameter())).findFirst().orElseThrow();
  }

  private static Table tornadoTable(Analysis a, EngineRuns.Result u) {
    String ex = a.job().spec().focus().exporter();
    Table.Builder t = Table.builder("tornado", "Tornado: " + ex + " export revenue change, " + tornadoSubject(a, u)
        + ", with each parameter at the ends of its range").text("Parameter").number("Low value", 2)
        .number("High value", 2).number("Output at low", 1).number("Output at high", 1).text("Source");
    double central = Double.NaN;
    for (TornadoBar b : u.tornado()) {
      Parameter p = parameter(u, b);
      t.row(label(p), b.lowInput(), b.highInput(), Fmt.pct(b.lowOutput()), Fmt.pct(b.highOutput()), p.source());
      central = b.central();
    }
    return t.note("Sorted by swing, largest first. With every parameter central the output is "
        + Fmt.pctText(central) + ", the headline's point value. n/a: the solve (or re-calibration) failed at that end.")
        .build();
  }

  private static Table diagnostics(Analysis a, McSummary mc) {
    Table.Builder t = Table.builder("mc-diagnostics", "Monte Carlo diagnostics per scenario").text("Scenario")
        .number("Failed draws", 0).number("Ill-conditioned solves", 0).number("Mean Newton iterations", 1)
        .text("Capacity limits binding (share of draws)");
    for (String s : mc.scenarios()) {
      Map<String, Double> bind = mc.bindingShare().getOrDefault(s, Map.of());
      String caps = bind.isEmpty() ? "none in force" : bind.entrySet().stream()
          .map(e -> e.getKey() + " " + Fmt.f("%.0f%%", 100 * e.getValue())).reduce((x, y) -> x + "; " + y).orElse("");
      t.row(s, mc.failures().getOrDefault(s, 0), mc.illConditioned().getOrDefault(s, 0),
          mc.meanIterations().getOrDefault(s, Double.NaN), caps);
    }
    String note = "Failed draws are counted here, never dropped silently; their first error: "
        + (mc.firstFailure().isEmpty() ? "none." : mc.firstFailure().toString())
        + (mc.calibrationFailures() > 0 ? Fmt.f(" Re-calibration failed in %d draws.", mc.calibrationFailures()) : "");
    return t.note(note).build();
  }
}
