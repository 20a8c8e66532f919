package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tradeshock.datasets.ElasticityEstimate;
import org.tradeshock.datasets.TimelineEvent;
import org.tradeshock.job.JobSpec;
import org.tradeshock.report.Block;
import org.tradeshock.report.BulletList;
import org.tradeshock.report.Equation;
import org.tradeshock.report.Paragraph;
import org.tradeshock.report.Section;
import org.tradeshock.report.Table;
import org.tradeshock.scenario.Outcome;

/** Method: the model's equations, elasticities with sources, measures, baseline and solver diagnostics. */
final class MethodSection {
  private MethodSection() {}

  static Section build(Analysis a) {
    List<Block> b = new ArrayList<>();
    boolean levels = !"linear".equals(a.job().spec().model().form());
    b.add(new Paragraph("**Model.** " + a.scenarios().modelName() + ": the GSIM multi-country partial-equilibrium"
        + " model of one product (Francois and Hall; Jammes and Olarreaga 2005). Importers buy a CES composite of"
        + " national varieties; exporters supply with a constant elasticity; every exporter's market clears."
        + " Sanctions enter as tariff-equivalent wedges T on routes; an embargo is a prohibitive wedge (T = infinity)."));
    b.add(Equation.of(levels ? LEVELS : LINEAR));
    b.add(new Paragraph("**Collected and dissipated wedges.** A wedge is revenue of the importer (Tc = T1) only"
        + " when its measure is marked collected, as for a tariff. Sanctions and logistics frictions are dissipated"
        + " (Tc = T0): buyers pay the wedge in their delivered price, but it is a real cost (longer routes, risk"
        + " premiums, lost buyers) that no region receives, so dR is zero for them and D records their size. A"
        + " binding capacity limit adds a rent for whoever holds the scarce routes; it is counted in the world total,"
        + " not in any region's welfare."
        + (a.measures().stream().anyMatch(JobSpec.Measure::isCollected) ? ""
            : " No measure of this job is collected, so every wedge is dissipated.")));
    b.add(elasticities(a));
    b.add(measures(a));
    b.add(new Paragraph("**Baseline.** " + a.inputs().baseline().method()));
    b.add(new BulletList(a.inputs().baseline().notes()));
    b.add(diagnostics(a));
    return new Section("method", "Method", b);
  }

  private static final String LEVELS = String.join("\n",
      "P_v   = [ sum_i b_iv (T_iv P*_i)^(1-s_v) ]^(1/(1-s_v))        composite import price (base = 1)",
      "Q_v   = E0_v P_v^(Em_v)                                      composite import demand",
      "M_iv  = b_iv (T_iv P*_i / P_v)^(-s_v) Q_v                    bilateral demand",
      "X_i   = X0_i (P*_i)^(Ex_i)                                   export supply",
      "sum_v M_iv = X_i  for every exporter i                       market clearing (Newton in ln P*)",
      "dPS_i = X0_i ((P*_i)^(1+Ex_i) - 1)/(1+Ex_i)   dCS_v = -E0_v (P_v^(1+Em_v) - 1)/(1+Em_v)",
      "dR_v  = sum_i (Tc_iv - 1) P*_i M_iv - sum_i (T0_iv - 1) M0_iv        Tc = collected part of T1",
      "D     = sum_iv (T1_iv - Tc_iv) P*_i M_iv                             dissipated trade costs",
      "welfare_r = dPS_r + dCS_r + dR_r     world = sum_r welfare_r + capacity rents");

  private static final String LINEAR = String.join("\n",
      "theta_iv = M0_iv T0_iv / sum_k M0_kv T0_kv     phi_iv = M0_iv / sum_w M0_iw",
      "N_iv,iv = theta_iv Em_v - (1 - theta_iv) Es_v    N_iv,jv = theta_jv (Em_v + Es_v)",
      "M^_iv = N_iv,iv (T^_iv + P*^_i) + sum_j N_iv,jv (T^_jv + P*^_j)",
      "sum_v phi_iv M^_iv = Ex_i P*^_i    solved exactly as A x = b");

  private static Table elasticities(Analysis a) {
    JobSpec.ElasticitySet d = a.job().spec().model().elasticities();
    Table.Builder t = Table.builder("elasticities", "Elasticities: the values used and the literature behind them")
        .text("Parameter").text("Scope").number("Value", 2).number("Low", 2).number("High", 2).text("Source");
    t.row("import_demand", "this job (all regions)", d.importDemand(), null, null, "job file");
    t.row("substitution", "this job (all regions)", d.substitution(), null, null, "job file");
    t.row("export_supply", "this job (all regions)", d.exportSupply(), null, null, "job file");
    Map<String, JobSpec.ElasticitySet> by = a.job().spec().model().byRegion();
    if (by != null) {
      by.forEach((r, e) -> t.row("override", r, null, null, null, e.toString()));
    }
    for (ElasticityEstimate e : a.inputs().data().elasticities()) {
      t.row(e.parameter(), e.scope(), e.central(), nan(e.low()), nan(e.high()), e.source());
    }
    return t.note("Literature rows from datasets/elasticities.csv; the flagship-default rows say how the job's values"
        + " were chosen.").build();
  }

  private static Double nan(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static Table measures(Analysis a) {
    Map<String, TimelineEvent> events = a.inputs().data().timeline().stream()
        .collect(Collectors.toMap(TimelineEvent::eventId, e -> e, (x, y) -> x));
    Table.Builder t = Table.builder("measures", "Measures as tariff-equivalent wedges")
        .text("Measure").text("Exporter").text("Importers").text("Wedge").text("Rationale").text("Legal basis / events");
    List<JobSpec.Measure> ms = a.measures();
    java.util.Set<String> calibrated = a.calibration() == null ? java.util.Set.of()
        : new java.util.HashSet<>(a.calibration().names());
    for (JobSpec.Measure m : ms) {
      String ev = m.events() == null ? "" : m.events().stream()
          .map(id -> events.containsKey(id) ? events.get(id).date() + " " + events.get(id).legalReference() : id)
          .collect(Collectors.joining("; "));
      String wedge = "embargo".equals(m.wedge()) ? "embargo (prohibitive)"
          : Fmt.pctText(Double.parseDouble(m.wedge())) + (calibrated.contains(m.id()) ? " (calibrated)" : "");
      t.row(m.label() == null ? m.id() : m.label(), m.exporter(), String.join(", ", m.importers()), wedge,
          m.rationale() == null ? "" : m.rationale(), ev);
    }
    return t.note("Importers 'all' = an exporter-wide friction on every route except own-region trade.").build();
  }

  private static Table diagnostics(Analysis a) {
    Table.Builder t = Table.builder("solver", "Solver diagnostics per scenario")
        .text("Scenario").text("Method").number("Iterations", 0).text("Residual").text("Condition estimate")
        .text("Warning");
    for (Outcome o : a.scenarios().outcomes().values()) {
      var d = o.diagnostics();
      boolean measured = !Double.isNaN(d.conditionEstimate());
      t.row(o.label(), d.method(), d.iterations(), Fmt.f("%.1e", d.residual()),
          measured ? Fmt.f("%.1e", d.conditionEstimate()) : "n/a",
          measured && d.illConditioned() ? "ill-conditioned: digits beyond about 1e-6 are doubtful" : "");
    }
    return t.note("Residual: max relative excess supply over exporters at the solution. Condition estimate of the"
        + " last Jacobian; above " + Fmt.f("%.0e", org.tradeshock.model.SolverDiagnostics.CONDITION_WARNING)
        + " the solve is flagged in the Warning column (and counted per scenario in the Monte Carlo diagnostics).").build();
  }
}
