package org.tradeshock.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeshock.common.BadInputException;

class JobLoaderTest {
  private static final Path FLAGSHIP = Path.of("jobs", "potash-us-relief.yaml");

  @TempDir Path dir;
  private String flagship;

  @BeforeEach
  void copyDatasets() throws IOException {
    // The job names ../datasets/...: mirror that layout in the temp folder.
    Path jobs = Files.createDirectories(dir.resolve("jobs"));
    Path data = Files.createDirectories(dir.resolve("datasets"));
    try (Stream<Path> s = Files.list(Path.of("datasets"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(p, data.resolve(p.getFileName()));
      }
    }
    flagship = Files.readString(FLAGSHIP);
    // The flagship names the capacity job as its calibration.alternative.
    Files.copy(Path.of("jobs", "potash-us-relief-capacity.yaml"), jobs.resolve("potash-us-relief-capacity.yaml"));
    assertTrue(Files.isDirectory(jobs));
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("jobs").resolve("job.yaml"), yaml);
  }

  @Test
  void loadsTheFlagshipJob() {
    Job job = JobLoader.load(FLAGSHIP);
    assertEquals("potash-us-relief", job.name());
    assertEquals(6, job.spec().scenarios().size());
    assertEquals("levels", job.spec().model().form());
    assertTrue(job.dataset(DatasetName.TRADE_TOTALS).isPresent());
    assertEquals(64, job.sha256().length());
  }

  static Stream<Arguments> badJobs() {
    return Stream.of(
        Arguments.of("job: potash-us-relief", "job: potash-us-relief\nunknown_key: 1", "unknown key 'unknown_key'"),
        Arguments.of("form: levels", "form: cubic", "key model.form: 'cubic' is not a model form"),
        Arguments.of("import_demand: -0.5", "import_demand: 0.5", "key model.elasticities.import_demand: 0.5 is out of range"),
        Arguments.of("substitution: 6.0", "substitution: abc", "key model.elasticities.substitution"),
        Arguments.of("wedge: 0.25", "wedge: lots", "'lots' is not a wedge"),
        Arguments.of("measures: [eu-ban]", "measures: [eu-bann]", "unknown measure 'eu-bann'"),
        Arguments.of("compare_to: us-relief", "compare_to: nowhere", "unknown scenario 'nowhere'"),
        Arguments.of("trade_totals: ../datasets/trade_totals.csv", "trade_totals: ../datasets/missing.csv",
            "key datasets.trade_totals: file '../datasets/missing.csv' not found"),
        Arguments.of("  exporter: BLR\n  peers", "  exporter: XXX\n  peers", "key focus.exporter: unknown region 'XXX'"),
        Arguments.of("    BRA: [BRA]", "    BRA: [BRA, CAN]", "country CAN is already in another region"),
        Arguments.of("job: potash-us-relief", "job: Potash Relief", "not a valid job name"),
        Arguments.of("  kind: estimated", "  kind: guessed", "key baseline.kind: 'guessed' is not a baseline kind"),
        Arguments.of("active_with: [klaipeda-closure]", "active_with: [klaipeda]",
            "key capacities[0].active_with[0]: unknown measure 'klaipeda'"),
        Arguments.of("limit_tonnes: 8400000", "limit_tonnes: -5", "key capacities[0].limit_tonnes: -5.0 is out of range"),
        Arguments.of("unknowns: [klaipeda-closure]", "unknowns: [eu-ban]",
            "key calibration.unknowns[0]: measure 'eu-ban' is an embargo"),
        Arguments.of("  scenario: sanctioned\n  unknowns", "  scenario: us-relief-klaipeda\n  unknowns",
            "measure 'klaipeda-closure' is not in force in scenario 'us-relief-klaipeda'"),
        // A capacity can be calibrated only where it is in force: russian-routes is active with klaipeda-closure,
        // which the us-relief-klaipeda scenario lifts.
        Arguments.of("  scenario: sanctioned\n  unknowns: [klaipeda-closure]",
            "  scenario: us-relief-klaipeda\n  unknowns: [russian-routes]",
            "key calibration.unknowns[0]: capacity 'russian-routes' is not in force in scenario 'us-relief-klaipeda'"
                + " (it is active with [klaipeda-closure], none of which is in force there)"),
        Arguments.of("unknowns: [klaipeda-closure]", "unknowns: [rail-routes]",
            "key calibration.unknowns[0]: 'rail-routes' is neither a measure nor a capacity; expected a measure id"
                + " [eu-ban, klaipeda-closure, us-financial, us-sanctions] or a capacity id [russian-routes]"),
        Arguments.of("unknowns: [klaipeda-closure]", "unknowns: [klaipeda-closure, klaipeda-closure]",
            "key calibration.unknowns[1]: 'klaipeda-closure' is listed twice"),
        Arguments.of("  - id: russian-routes", "  - id: klaipeda-closure",
            "key capacities[0].id: 'klaipeda-closure' is also a measure id"),
        Arguments.of("alternative: potash-us-relief-capacity.yaml", "alternative: potash-elsewhere.yaml",
            "key calibration.alternative: file 'potash-elsewhere.yaml' not found"),
        Arguments.of("metric: export_volume", "metric: happiness", "key calibration.targets[0].metric: 'happiness' is not a metric"),
        Arguments.of("draws: 1000", "draws: 3", "key uncertainty.draws: 3 is out of range"),
        Arguments.of("method: monte_carlo", "method: guesswork",
            "key uncertainty.method: 'guesswork' is not a method; expected one of [monte_carlo, one_at_a_time]"),
        Arguments.of("measure: us-financial", "measure: us-finance",
            "key uncertainty.wedges[0].measure: unknown measure 'us-finance'"),
        Arguments.of("measure: us-financial", "measure: eu-ban",
            "key uncertainty.wedges[0].measure: measure 'eu-ban' is an embargo"),
        Arguments.of("measure: us-financial", "measure: klaipeda-closure",
            "key uncertainty.wedges[0].measure: measure 'klaipeda-closure' is calibrated"),
        Arguments.of("low: 0.0", "low: -0.05", "key uncertainty.wedges[0].low: -0.05 is out of range"),
        Arguments.of("low: 0.0", "low: 0.15", "key uncertainty.wedges[0].low: 0.15 is out of range; expected 0 <= low"
            + " <= the measure's wedge 0.1"),
        Arguments.of("high: 0.2", "high: 0.05", "key uncertainty.wedges[0].high: 0.05 is out of range"),
        Arguments.of("price_check: the 2021-2022 demand and energy shock", "price_check: {shock: energy}",
            "key notes.price_check: expected a text value"),
        Arguments.of("commodity: potash", "commodity: [potash]", "key commodity: expected a text value"),
        Arguments.of("others_gap: world potash consumption fell in 2022 (USGS Mineral Commodity Summaries)",
            "others_gap: ' '",
            "key notes.others_gap: empty text"),
        Arguments.of("price_label: Potassium chloride", "price_lable: Potassium chloride",
            "unknown key 'price_lable'"),
        Arguments.of("  limitations:\n    - >-", "  limitations: >-", "key notes.limitations: expected a list"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("badJobs")
  void rejectsABadJobNamingTheFileAndTheKey(String from, String to, String expected) throws IOException {
    assertTrue(flagship.contains(from), "fixture text not found: " + from);
    Path f = write(flagship.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    BadInputException e = assertThrows(BadInputException.class, () -> JobLoader.load(f));
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    // Every key in the flagship is written in the file, so every message gives the key's line.
    assertTrue(e.getMessage().matches(".* \\(line \\d+\\): .*"), e.getMessage());
    String withoutLine = e.getMessage().replaceFirst(" \\(line \\d+\\)", "");
    assertTrue(withoutLine.contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
  }

  @Test
  void acceptsACapacityInForceInTheCalibrationScenarioAsAnUnknown() throws IOException {
    Path f = write(flagship.replace("unknowns: [klaipeda-closure]", "unknowns: [russian-routes]"));
    assertEquals(java.util.List.of("russian-routes"), JobLoader.load(f).spec().calibration().unknowns());
  }

  @Test
  void theCapacityJobLoadsAndNamesTheFlagshipAsItsAlternative() {
    Job job = JobLoader.load(Path.of("jobs", "potash-us-relief-capacity.yaml"));
    assertEquals(java.util.List.of("russian-routes"), job.spec().calibration().unknowns());
    assertEquals("potash-us-relief.yaml", job.spec().calibration().alternative());
    // same scenarios as the flagship, in the same order
    assertEquals(JobLoader.load(FLAGSHIP).spec().scenarios(), job.spec().scenarios());
  }

  @Test
  void rejectsAnEmbargoInTheLinearForm() throws IOException {
    Path f = write(flagship.replace("form: levels", "form: linear"));
    BadInputException e = assertThrows(BadInputException.class, () -> JobLoader.load(f));
    assertTrue(e.getMessage().replaceFirst(" \\(line \\d+\\)", "").contains("key measures[0].wedge: an embargo cannot be represented in the linear model form"), e.getMessage());
  }

  @Test
  void reportsTheLineOfAnUnknownKeyWhereItIsWritten() throws IOException {
    String yaml = flagship.replace("focus:\n  exporter: BLR", "focus:\n  exporter: BLR\n  exporters: [CAN]");
    Path f = write(yaml);
    BadInputException e = assertThrows(BadInputException.class, () -> JobLoader.load(f));
    assertTrue(e.getMessage().contains("key focus.exporters (line " + lineOf(yaml, "  exporters: [CAN]") + "): unknown key"),
        e.getMessage());
  }

  @Test
  void reportsTheLineOfAKeyTheValidatorRejects() throws IOException {
    String yaml = flagship.replace("    wedge: 0.25", "    wedge: lots");
    Path f = write(yaml);
    BadInputException e = assertThrows(BadInputException.class, () -> JobLoader.load(f));
    assertTrue(e.getMessage().contains("key measures[3].wedge (line " + lineOf(yaml, "    wedge: lots") + "): "), e.getMessage());
  }

  /** The 1-based line on which the text first stands, counted from the document itself. */
  private static long lineOf(String yaml, String text) {
    int at = yaml.indexOf(text);
    assertTrue(at >= 0, "fixture text not found: " + text);
    return yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void reportsTheLineOfAYamlSyntaxError() throws IOException {
    Path f = write("job: x\ntitle: 'unterminated\nmodel: {}\n");
    BadInputException e = assertThrows(BadInputException.class, () -> JobLoader.load(f));
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    assertTrue(e.getMessage().matches(".*line \\d+.*"), e.getMessage());
  }

  @Test
  void saysWhichShapeWasExpectedForAValueOfTheWrongShape() throws IOException {
    Path f = write(flagship.replace("compare_to: us-relief", "compare_to: [us-relief]"));
    BadInputException e = assertThrows(BadInputException.class, () -> JobLoader.load(f));
    assertTrue(e.getMessage().contains("key scenarios[5].compare_to"), e.getMessage());
    assertTrue(e.getMessage().contains("expected a text value"), e.getMessage());
  }

  @Test
  void bindsTheCaseNotesTheReportQuotes() {
    JobSpec spec = JobLoader.load(FLAGSHIP).spec();
    assertEquals("potash", spec.commodity());
    assertEquals("Potassium chloride", spec.notes().priceLabel());
    assertTrue(spec.notes().priceGap().endsWith("to Brazil CFR in January 2020"), spec.notes().priceGap());
    assertEquals(1, spec.notes().limitationsOrEmpty().size());
    assertTrue(spec.notes().limitationsOrEmpty().get(0).startsWith("Trade data: FAOSTAT"));
  }

  @Test
  void reportsAMissingJobFile() {
    Path f = dir.resolve("nope.yaml");
    BadInputException e = assertThrows(BadInputException.class, () -> JobLoader.load(f));
    assertTrue(e.getMessage().contains("job file not found"), e.getMessage());
  }

  @Test
  void reportsAMissingRequiredKey() throws IOException {
    Path f = write(flagship.replaceFirst("title: .*\n", ""));
    BadInputException e = assertThrows(BadInputException.class, () -> JobLoader.load(f));
    assertTrue(e.getMessage().endsWith("key title: missing required key"), e.getMessage());
  }

  @Test
  void bindsTheDrawnWedgesAndTheMethod() {
    JobSpec.Uncertainty u = JobLoader.load(FLAGSHIP).spec().uncertainty();
    assertEquals(JobValidator.MONTE_CARLO, u.method());
    assertEquals(1, u.wedges().size());
    JobSpec.UncertainWedge w = u.wedges().get(0);
    assertEquals("us-financial", w.measure());
    assertEquals(0.0, w.low(), 0);
    assertEquals(0.2, w.high(), 0);
    assertTrue(w.source().startsWith("assumption"), w.source());
  }

  @Test
  void oneAtATimeNeedsNoDraws() throws IOException {
    Path f = write(flagship.replace("method: monte_carlo", "method: one_at_a_time").replace("  draws: 1000\n", ""));
    assertEquals(JobValidator.ONE_AT_A_TIME, JobLoader.load(f).spec().uncertainty().method());
    Path mc = write(flagship.replace("  draws: 1000\n", ""));
    BadInputException e = assertThrows(BadInputException.class, () -> JobLoader.load(mc));
    assertTrue(e.getMessage().endsWith("key uncertainty.draws: missing required key"), e.getMessage());
  }

  @Test
  void parsesEmbargoAsAnInfiniteWedge() {
    assertEquals(Double.POSITIVE_INFINITY, JobValidator.parseWedge("embargo"));
    assertEquals(0.25, JobValidator.parseWedge("0.25"), 1e-15);
    assertThrows(NumberFormatException.class, () -> JobValidator.parseWedge("-0.1"));
  }
}
