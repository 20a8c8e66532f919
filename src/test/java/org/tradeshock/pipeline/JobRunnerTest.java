package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobLoader;

/** End to end through Spark: the flagship job, a user's own flows job, and a bad dataset. */
@Tag("spark")
class JobRunnerTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir Path reports;

  private RunResult run(Path jobFile, List<String> progress) {
    Job job = JobLoader.load(jobFile);
    return JobRunner.run(job, new RunSettings("local[2]", reports, null, CLOCK), progress::add);
  }

  @Test
  void flagshipRunWritesTheCompleteReportAndManifest() throws IOException {
    List<String> progress = new ArrayList<>();
    RunResult r = run(Path.of("jobs", "potash-us-relief.yaml"), progress);

    Path dir = reports.resolve("potash-us-relief").resolve("20260102T030405Z");
    assertEquals(dir, r.reportDir());
    for (String f : List.of("report.html", "report.md", "manifest.json", "job.yaml", "charts/scenario-bars.png",
        "charts/scenario-bars.svg", "charts/export-shares.png", "charts/price.png", "charts/welfare.png",
        "tables/headline.csv", "tables/claims.csv", "tables/bilateral-flows.csv", "tables/model-vs-data.csv",
        "tables/intervals.csv", "tables/recalibrated-wedges.csv", "tables/tornado.csv", "tables/calibration-fit.csv", "tables/capacities.csv", "charts/tornado.png",
        "charts/scenario-intervals.png", "tables/bilateral-flows-long.csv")) {
      assertTrue(Files.isRegularFile(dir.resolve(f)), "missing " + f);
    }
    assertEquals(dir.getFileName(), Files.readSymbolicLink(reports.resolve("potash-us-relief").resolve("latest")));
    String md = Files.readString(dir.resolve("report.md"));
    for (String section : List.of("## Summary", "## Scenario comparison", "## Charts", "## Model against the data",
        "## Claims and evidence", "## Method", "## Data provenance", "## Limitations")) {
      assertTrue(md.contains(section), "report.md lacks " + section);
    }
    assertTrue(md.contains("**estimated**"), "the estimated baseline is flagged");
    // The case's own notes come from the job file (notes.*), and the data sources from the datasets.
    assertTrue(md.contains("Trade data: FAOSTAT figures are partly mirror estimates"), "notes.limitations");
    assertTrue(md.contains("change of the Pink Sheet basis from f.o.b. Vancouver to Brazil CFR"), "notes.price_gap");
    assertTrue(md.contains("which also carries the 2021-2022 demand and energy shock"), "notes.price_check");
    assertTrue(md.contains("World potash export shares (K2O tonnes, FAOSTAT"), "commodity and trade_totals source");
    assertTrue(md.contains("Potassium chloride price, monthly (World Bank"), "notes.price_label and prices source");
    // The export drop is the calibration target: the report must not present its match as a test of the model.
    String modelVsData = md.substring(md.indexOf("## Model against the data"), md.indexOf("## Calibration and"));
    assertTrue(modelVsData.contains(EvidenceSections.CALIBRATED), modelVsData);
    assertTrue(modelVsData.contains("not targeted by the calibration"), modelVsData);
    assertFalse(modelVsData.contains("within 10 points"), modelVsData);
    assertFalse(modelVsData.contains("| +17."), "shares are levels, printed without a sign: " + modelVsData);
    // With re-calibration in every draw the sanctioned volume (the target) and full relief against it have no spread.
    String headline = md.substring(md.indexOf("Headline results"), md.indexOf("## Scenario comparison"));
    assertTrue(headline.contains("-59.5% (calibrated)"), headline);
    assertTrue(headline.contains("(fixed by the calibration target)"), headline);
    assertFalse(headline.contains("[-59.5%, -59.5%]"), headline);
    // The by-region CSVs are numeric below the header: the reference of each column is in its header.
    for (String csv : List.of("exporter-volume", "exporter-revenue", "world-price", "importer-price", "welfare")) {
      List<String> lines = Files.readAllLines(dir.resolve("tables/" + csv + ".csv"));
      assertTrue(lines.get(0).contains("sanctioned vs base ("), csv + ": " + lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.substring(line.lastIndexOf('"') + 1).split(",");
        for (int k = 1; k < cells.length; k++) {
          Double.parseDouble(cells[k]);
        }
      }
    }
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("data:image/png;base64,"), "charts are embedded");
    assertFalse(html.contains("src=\"http"), "no external resources");
    assertTrue(progress.stream().anyMatch(p -> p.startsWith("solving 6 scenarios")), progress.toString());

    JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    assertEquals(JobLoader.load(Path.of("jobs", "potash-us-relief.yaml")).sha256(), m.at("/job/sha256").asText());
    assertEquals("local[2]", m.at("/run/spark_master").asText());
    assertEquals("2026-01-02T03:04:05Z", m.at("/run/started").asText());
    assertTrue(m.at("/libraries/spark").asText().startsWith("4.2"), m.at("/libraries").toString());
    assertEquals(8, m.get("inputs").size(), "job file + 7 datasets");
    for (JsonNode in : m.get("inputs")) {
      Path file = Path.of(in.get("path").asText());
      assertFalse(file.isAbsolute(), "inputs under the working folder are shown relative to it: " + file);
      assertEquals(sha256(file), in.get("sha256").asText(), "hash of " + file);
      assertEquals(Files.size(file), in.get("bytes").asLong(), "size of " + file);
    }
    assertTrue(m.at("/tool/commit").asText().matches("[0-9a-f]{7,}(-dirty)?|unknown"), m.at("/tool").toString());
    assertEquals("2026-01-02T03:04:05Z", m.at("/run/finished").asText(), "the fixed test clock");
    assertEquals(-0.5, m.at("/parameters/model/elasticities/import_demand").asDouble(), 1e-12);
    assertEquals(6, m.get("solver").size());
    assertTrue(m.at("/outputs").has("report.html"), "outputs are hashed");
    // The calibration reproduces its target: FAOSTAT K2O exports of Belarus, -59.5% (job file, datasets/trade_totals.csv).
    assertTrue(m.at("/calibration/converged").asBoolean());
    assertTrue(m.at("/calibration/rmse").asDouble() < 1e-8, m.at("/calibration").toString());
    assertEquals(1000, m.at("/monte_carlo/draws").asInt());
    assertEquals(0, m.at("/monte_carlo/failures/us-relief").asInt(), "no failed draws");
    assertTrue(md.contains("## Uncertainty") && md.contains("## Calibration and capacity limits"), "issue 4 sections");
    assertScenarioIdentities(dir.resolve("tables").resolve("headline.csv"));
    assertTrue(Files.readString(dir.resolve("tables/intervals.csv")).startsWith(
        "Scenario,Compared with,Output,Central,P5,P50,P95,Draws used"), "intervals give the median too");
    // The cost-wedge explanation: the 8.4 Mt route cap is slack, so US relief raises BLR's exports.
    assertTrue(usReliefVolume(dir) > 0, "flagship US relief volume " + usReliefVolume(dir));
    assertFalse(m.at("/capacities/0/binding").asBoolean(), m.at("/capacities").toString());
    assertTrue(md.contains("job potash-us-relief-capacity"), "the Limitations name the capacity explanation");
  }

  /** BLR's export volume change in US relief against the sanctioned state, from tables/headline.csv. */
  private static double usReliefVolume(Path dir) throws IOException {
    String row = Files.readAllLines(dir.resolve("tables/headline.csv")).stream()
        .filter(l -> l.startsWith("US relief (Dec 2025),Sanctioned state")).findFirst().orElseThrow();
    return Double.parseDouble(row.split(",")[2]);
  }

  @Test
  void theCapacityJobFitsTheSameDropWithABindingCapSoUsReliefMovesNoBelarusianVolume() throws IOException {
    Job job = JobLoader.load(Path.of("jobs", "potash-us-relief-capacity.yaml"));
    RunResult r = JobRunner.run(job, new RunSettings("local[2]", reports, null, CLOCK).withDraws(20), s -> { });
    Path dir = r.reportDir();
    JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    assertTrue(m.at("/calibration/converged").asBoolean(), m.at("/calibration").toString());
    // The same FAOSTAT target as the flagship: Belarus's exports -59.5% (job file, datasets/trade_totals.csv).
    assertEquals(-0.595, m.at("/calibration/fit/0/model").asDouble(), 1e-8);
    double limit = m.at("/calibration/capacities_tonnes/russian-routes").asDouble();
    assertTrue(limit > 0 && limit < 8.4e6, "calibrated below the 8.4 Mt figure that does not bind: " + limit);
    int seen = 0;
    for (JsonNode c : m.get("capacities")) {
      if (List.of("sanctioned", "us-relief").contains(c.get("scenario").asText())) {
        seen++;
        assertTrue(c.get("binding").asBoolean() && c.get("shadow_price").asDouble() > 0, c.toString());
        assertEquals(limit, c.get("limit_tonnes").asDouble(), 1e-6 * limit, "the calibrated limit is used: " + c);
      }
    }
    assertEquals(2, seen, m.get("capacities").toString());
    // An exporter-wide cap that binds in both states holds BLR's exports at the limit in both, so the change
    // is zero up to the levels solver's tolerance (residuals ~1e-12); 1e-6 is far below the flagship's effect.
    assertEquals(0, usReliefVolume(dir), 1e-6);
    assertEquals(0, m.at("/monte_carlo/calibration_failures").asInt(), m.at("/monte_carlo").toString());
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(md.contains("Calibrated capacity limits") && md.contains("russian-routes (calibrated)"), "capacity tables");
    assertTrue(md.contains("job potash-us-relief (jobs/potash-us-relief.yaml"), "the Limitations name the flagship");
  }

  @Test
  void aUsersOwnFlowsTableRunsWithoutCodeChanges() throws IOException {
    RunResult r = run(Path.of("src", "test", "resources", "jobs", "steel-duty.yaml"), new ArrayList<>());
    String md = Files.readString(r.reportDir().resolve("report.md"));
    assertTrue(md.contains("25% duty on A"), md);
    assertFalse(md.contains("**estimated**"), "observed flows are not flagged as estimated");
    // The generic report says nothing about the flagship's case or data that a steel job does not have.
    for (String word : List.of("potash", "Potassium", "Belarus", "FAOSTAT", "Pink Sheet", "Klaipeda", "null",
        "Model against the data", "NaN", "base year  ", "base year :")) {
      assertFalse(md.contains(word), "the steel report mentions " + word + ":\n" + md);
    }
    // A duty on A's exports to B and C lowers A's export volume.
    assertTrue(r.summary().lines().anyMatch(l -> l.startsWith("25% duty on A") && l.contains("-")), r.summary());
  }

  @Test
  void aJobOnRawBaciFilesUsesObservedMirrorReconciledFlowsAndSaysSo(@TempDir Path tmp) throws IOException {
    Path jobs = Files.createDirectories(tmp.resolve("jobs"));
    Path src = Path.of("src", "test", "resources", "jobs");
    Files.copy(src.resolve("potash-baci.yaml"), jobs.resolve("potash-baci.yaml"));
    Files.createDirectories(jobs.resolve("baci"));
    try (Stream<Path> s = Files.list(src.resolve("baci"))) {
      for (Path p : s.toList()) {
        Files.copy(p, jobs.resolve("baci").resolve(p.getFileName()));
      }
    }
    RunResult r = run(jobs.resolve("potash-baci.yaml"), new ArrayList<>());
    String md = Files.readString(r.reportDir().resolve("report.md"));
    assertFalse(md.contains("**estimated**"), "observed flows are not flagged as estimated");
    assertTrue(md.contains("Observed bilateral flows: CEPII BACI"), "the report states which baseline it used");
    assertTrue(md.contains("mirror reconciliation"), md);
    assertTrue(Files.isDirectory(jobs.resolve("cache")), "raw files were ingested into the job's cache");
    // Only the HS 3104 rows of the fixture enter: Canada's two potash flows, 3,000.5 and 1,500.25
    // thousand USD (BACI values are in thousand USD), give CAN exports of 4,500,750 USD at base prices.
    String flows = Files.readString(r.reportDir().resolve("tables/bilateral-flows-long.csv"));
    double can = flows.lines().filter(l -> l.startsWith("sanctioned,CAN,"))
        .mapToDouble(l -> Double.parseDouble(l.split(",")[6])).sum();
    assertEquals(4_500_750, can, 1);
  }

  @Test
  void aBadDatasetRowStopsTheRunWithItsLineAndLeavesNoReport(@TempDir Path tmp) throws IOException {
    Path jobs = Files.createDirectories(tmp.resolve("jobs"));
    Files.copy(Path.of("src", "test", "resources", "jobs", "steel-duty.yaml"), jobs.resolve("steel-duty.yaml"));
    Files.writeString(jobs.resolve("steel_flows.csv"), "exporter,importer,value,tariff\nA,B,100,0\nA,C,lots,0\n");
    BadInputException e = assertThrows(BadInputException.class,
        () -> run(jobs.resolve("steel-duty.yaml"), new ArrayList<>()));
    assertTrue(e.getMessage().contains("steel_flows.csv: line 3, column value: 'lots' is not a number"), e.getMessage());
    try (Stream<Path> s = Files.list(reports)) {
      assertEquals(0, s.count(), "nothing written to reports/");
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Identities of the flagship's scenario set, whatever the data: snapback re-imposes exactly the
   * sanctioned measures, so against US relief it must undo US relief's change against the sanctioned
   * state, (1 + x)(1 + y) = 1; full relief has no measures, so it is the base year, and against the
   * sanctioned state it must undo the sanctioned state's change from the base year.
   */
  private static void assertScenarioIdentities(Path headline) throws IOException {
    tech.tablesaw.api.Table t = tech.tablesaw.api.Table.read().csv(headline.toString());
    java.util.Map<String, Integer> row = new java.util.HashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      row.put(t.stringColumn("Scenario").get(r), r);
    }
    for (int c : new int[] {2, 4, 6}) {
      tech.tablesaw.api.NumericColumn<?> col = t.numberColumn(c);
      double sanctioned = col.getDouble(row.get("Sanctioned state (2022-2025)"));
      double relief = col.getDouble(row.get("US relief (Dec 2025)"));
      double snapback = col.getDouble(row.get("Snapback (relief reversed)"));
      double full = col.getDouble(row.get("Full relief (US and EU)"));
      assertEquals(1.0, (1 + relief) * (1 + snapback), 1e-9, "snapback undoes US relief: " + col.name());
      assertEquals(1.0, (1 + sanctioned) * (1 + full), 1e-9, "full relief undoes the sanctions: " + col.name());
    }
  }
}
