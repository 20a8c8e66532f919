package org.tradeshock.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeshock.calibration.CalibrationResult;
import org.tradeshock.calibration.TargetFit;
import org.tradeshock.common.Versions;
import org.tradeshock.job.JobValidator;
import org.tradeshock.model.CapacityStatus;
import org.tradeshock.report.Manifest;
import org.tradeshock.report.Report;
import org.tradeshock.report.ReportWriter;
import org.tradeshock.report.RunIds;
import org.tradeshock.report.Section;
import org.tradeshock.scenario.Outcome;

/** Assembles the report's sections and manifest from an {@link Analysis} and writes the run folder. */
final class ReportAssembler {
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private ReportAssembler() {}

  static Path write(Analysis a, RunSettings s) {
    String runId = s.runId() != null ? s.runId() : RunIds.next(s.clock());
    List<InputFile> inputs = InputFile.of(a.job());
    Report report = report(a, inputs, runId);
    return ReportWriter.to(s.reportsRoot()).write(report, a.job().name(), runId,
        dir -> manifest(a, s, runId, inputs, dir),
        Map.of("job.yaml", jobText(a), "tables/bilateral-flows-long.csv", ScenarioTables.flowsCsv(a)));
  }

  static Report report(Analysis a, List<InputFile> inputs, String runId) {
    Headline h = Headline.of(a);
    List<Section> sections = new ArrayList<>();
    sections.add(SummarySection.build(a, h));
    sections.add(ScenarioTables.build(a));
    sections.add(ChartsSection.build(a, h));
    if (!a.inputs().data().timeline().isEmpty()) {
      sections.add(TimelineSection.build(a));
    }
    if (a.uncertainty() != null) {
      sections.add(UncertaintySection.build(a, h));
    }
    if (a.observed() != null) {
      sections.add(EvidenceSections.modelVsData(a));
    }
    if (a.calibration() != null || (a.job().spec().capacities() != null && !a.job().spec().capacities().isEmpty())) {
      sections.add(CalibrationSection.build(a));
    }
    if (!a.verdicts().isEmpty()) {
      sections.add(EvidenceSections.claims(a));
    }
    sections.add(MethodSection.build(a));
    sections.add(ProvenanceSection.build(a, inputs));
    sections.add(ProvenanceSection.limitations(a));
    sections.add(ScenarioTables.flows(a));
    String subtitle = "job " + a.job().name() + " · run " + runId + " · " + a.scenarios().modelName();
    return new Report(a.job().spec().title(), subtitle, sections);
  }

  /** A path under the working folder is shown relative to it, as the job file is; others in full. */
  static String shown(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }

  private static Object manifest(Analysis a, RunSettings s, String runId, List<InputFile> inputs, Path dir) {
    Instant end = s.clock().instant();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", Map.of("name", "tradeshock", "version", Versions.tool(), "commit", Versions.commit()));
    m.put("libraries", Versions.libraries());
    m.put("job", Map.of("name", a.job().name(), "file", a.job().file().toString(), "sha256", a.job().sha256()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("id", runId);
    run.put("started", a.started().toString());
    run.put("finished", end.toString());
    run.put("seconds", Duration.between(a.started(), end).toMillis() / 1000.0);
    run.put("spark_master", a.master());
    m.put("run", run);
    List<Map<String, Object>> in = new ArrayList<>();
    for (InputFile f : inputs) {
      in.add(Map.of("name", f.name(), "path", shown(f.path()), "sha256", f.sha256(), "bytes", f.bytes()));
    }
    m.put("inputs", in);
    m.put("parameters", JSON.valueToTree(a.job().spec()));
    m.put("elasticities_by_region", elasticities(a));
    m.put("baseline", Map.of("estimated", a.inputs().baseline().estimated(), "method", a.inputs().baseline().method(),
        "notes", a.inputs().baseline().notes()));
    List<Map<String, Object>> solver = new ArrayList<>();
    for (Outcome o : a.scenarios().outcomes().values()) {
      solver.add(Map.of("scenario", o.id(), "method", o.diagnostics().method(),
          "iterations", o.diagnostics().iterations(), "residual", o.diagnostics().residual()));
    }
    m.put("solver", solver);
    if (a.calibration() != null) {
      m.put("calibration", calibration(a));
    }
    List<Map<String, Object>> caps = new ArrayList<>();
    for (Outcome o : a.scenarios().outcomes().values()) {
      for (CapacityStatus c : o.capacities()) {
        double perTonne = a.inputs().baseline().unitValue()[c.exporter()];
        caps.add(Map.of("scenario", o.id(), "capacity", c.id(), "limit_tonnes", c.limit() / perTonne,
            "flow_tonnes", c.flow() / perTonne, "binding", c.binding(), "shadow_price", c.shadowPrice(),
            "rent_usd", c.rent()));
      }
    }
    if (!caps.isEmpty()) {
      m.put("capacities", caps);
    }
    if (a.uncertainty() != null && a.uncertainty().summary() == null) {
      m.put("sensitivity", Map.of("method", JobValidator.ONE_AT_A_TIME, "parameters", a.uncertainty().parameters().size(),
          "seconds", a.uncertainty().seconds()));
    } else if (a.uncertainty() != null) {
      var mc = a.uncertainty().summary();
      m.put("monte_carlo", Map.of("draws", mc.draws(), "seed", mc.seed(), "partitions", a.uncertainty().partitions(),
          "failures", mc.failures(), "calibration_failures", mc.calibrationFailures(),
          "seconds", a.uncertainty().seconds()));
    }
    m.put("outputs", Manifest.sha256Tree(dir));
    return m;
  }

  /** Calibrated wedges (ad valorem) and capacity limits (tonnes), with the fit per target. */
  private static Map<String, Object> calibration(Analysis a) {
    CalibrationResult cal = a.calibration();
    Map<String, Double> perTonne = CapacityUnits.perTonne(a);
    Map<String, Object> wedges = new LinkedHashMap<>();
    Map<String, Object> capacities = new LinkedHashMap<>();
    for (String id : cal.names()) {
      if (CapacityUnits.isCapacity(a.job().spec(), id)) {
        capacities.put(id, cal.value(id) / perTonne.get(id));
      } else {
        wedges.put(id, cal.value(id));
      }
    }
    List<Map<String, Object>> fit = new ArrayList<>();
    for (TargetFit f : cal.fits()) {
      fit.add(Map.of("target", f.name(), "observed", f.target(), "model", f.fitted(), "residual", f.residual()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("wedges", wedges);
    m.put("capacities_tonnes", capacities);
    m.put("fit", fit);
    m.put("rmse", cal.rmse());
    m.put("iterations", cal.iterations());
    m.put("converged", cal.converged());
    return m;
  }

  private static Map<String, Object> elasticities(Analysis a) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<String> regions = a.scenarios().base().regions();
    for (int r = 0; r < regions.size(); r++) {
      m.put(regions.get(r), Map.of("import_demand", a.elasticities().importDemand()[r],
          "substitution", a.elasticities().substitution()[r], "export_supply", a.elasticities().exportSupply()[r]));
    }
    return m;
  }

  private static String jobText(Analysis a) {
    try {
      return Files.readString(a.job().file());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot re-read the job file " + a.job().file(), e);
    }
  }
}
