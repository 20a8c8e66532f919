package org.tradeshock.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.quality.Selection;

/**
 * Checks a bound {@link JobSpec}: required keys, allowed values, references between measures,
 * scenarios and regions, and that named datasets exist.
 *
 * <p>The first problem found is reported as a {@link BadInputException} naming the job file and
 * the key; nothing runs before a job validates.
 */
public final class JobValidator {
  /** The scenario id that stands for the base-year equilibrium in {@code compare_to}. */
  public static final String BASE = "base";
  /** The importer list member that makes a measure exporter-wide. */
  public static final String ALL = "all";
  /** The region member that takes all countries not listed elsewhere. */
  public static final String REST = "rest";
  /** The wedge value for a prohibitive wedge. */
  public static final String EMBARGO = "embargo";
  /** The uncertainty method that draws parameters on Spark (the default). */
  public static final String MONTE_CARLO = "monte_carlo";
  /** The uncertainty method that moves one parameter at a time to the ends of its range. */
  public static final String ONE_AT_A_TIME = "one_at_a_time";
  /** The values of {@code uncertainty.method}. */
  public static final Set<String> METHODS = Set.of(MONTE_CARLO, ONE_AT_A_TIME);

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Set<String> KINDS = Set.of("estimated", "flows", "baci", "comtrade");
  private static final Set<String> FORMS = Set.of("levels", "linear");

  private final Path file;
  private final JobSpec spec;

  private JobValidator(Path file, JobSpec spec) {
    this.file = file;
    this.spec = spec;
  }

  static Job validate(Path file, String sha256, JobSpec spec) {
    JobValidator v = new JobValidator(file, spec);
    Map<DatasetName, Path> datasets = v.datasets();
    v.header();
    v.baseline(datasets);
    v.model();
    v.measures();
    v.scenarios();
    v.capacities();
    v.calibration();
    v.uncertainty(datasets);
    v.notes();
    if (spec.baseline().regions() != null) {
      checkRegions(file, spec, spec.baseline().regions().keySet());
    }
    return new Job(file, sha256, spec, datasets);
  }

  /**
   * Checks that every region the job names (measures, overrides, focus) is one of {@code regions}.
   * Called at validation when the job lists its regions, and at run time when the regions come from
   * a flows table.
   */
  public static void checkRegions(Path file, JobSpec spec, Collection<String> regions) {
    JobValidator v = new JobValidator(file, spec);
    Set<String> known = new LinkedHashSet<>(regions);
    List<JobSpec.Measure> ms = spec.measures();
    for (int k = 0; k < ms.size(); k++) {
      v.region("measures[" + k + "].exporter", ms.get(k).exporter(), known);
      List<String> imps = ms.get(k).importers();
      for (int j = 0; j < imps.size(); j++) {
        if (!ALL.equals(imps.get(j))) {
          v.region("measures[" + k + "].importers[" + j + "]", imps.get(j), known);
        }
      }
    }
    if (spec.model().byRegion() != null) {
      for (String r : spec.model().byRegion().keySet()) {
        v.region("model.by_region." + r, r, known);
      }
    }
    JobSpec.Focus f = spec.focus();
    v.region("focus.exporter", f.exporter(), known);
    if (f.peers() != null) {
      for (int j = 0; j < f.peers().size(); j++) {
        v.region("focus.peers[" + j + "]", f.peers().get(j), known);
      }
    }
    if (f.priceRegion() != null) {
      v.region("focus.price_region", f.priceRegion(), known);
    }
    List<JobSpec.CapacityLimit> caps = spec.capacities() == null ? List.of() : spec.capacities();
    for (int k = 0; k < caps.size(); k++) {
      v.region("capacities[" + k + "].exporter", caps.get(k).exporter(), known);
      List<String> imps = caps.get(k).importers() == null ? List.of() : caps.get(k).importers();
      for (int j = 0; j < imps.size(); j++) {
        if (!ALL.equals(imps.get(j))) {
          v.region("capacities[" + k + "].importers[" + j + "]", imps.get(j), known);
        }
      }
    }
    if (spec.calibration() != null && spec.calibration().targets() != null) {
      List<JobSpec.Target> ts = spec.calibration().targets();
      for (int k = 0; k < ts.size(); k++) {
        if (!"market_price".equals(ts.get(k).metric())) {
          v.region("calibration.targets[" + k + "].region", ts.get(k).region(), known);
        }
      }
    }
    String uv = spec.baseline().unitValueRegion();
    if (uv != null) {
      v.region("baseline.unit_value_region", uv, known);
    }
  }

  private Map<DatasetName, Path> datasets() {
    Map<DatasetName, Path> out = new EnumMap<>(DatasetName.class);
    if (spec.datasets() == null) {
      return out;
    }
    Path dir = file.toAbsolutePath().getParent();
    for (Map.Entry<String, String> e : spec.datasets().entrySet()) {
      DatasetName name = DatasetName.ofKey(e.getKey()).orElseThrow(() -> bad("datasets." + e.getKey(),
          "unknown dataset '%s'; expected one of %s", e.getKey(), DatasetName.keys()));
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw bad("datasets." + e.getKey(), "missing path; expected a CSV file path relative to the job file");
      }
      Path p = dir.resolve(e.getValue()).normalize();
      if (!Files.isRegularFile(p)) {
        throw bad("datasets." + e.getKey(), "file '%s' not found (resolved to %s)", e.getValue(), p);
      }
      out.put(name, p);
    }
    return out;
  }

  private void header() {
    require("job", spec.job());
    if (!SLUG.matcher(spec.job()).matches()) {
      throw bad("job", "'%s' is not a valid job name; expected lower-case letters, digits and dashes (e.g. potash-us-relief)", spec.job());
    }
    require("title", spec.title());
    require("baseline", spec.baseline());
    require("model", spec.model());
    require("focus", spec.focus());
    require("focus.exporter", spec.focus().exporter());
    if (spec.scenarios() == null || spec.scenarios().isEmpty()) {
      throw bad("scenarios", "no scenarios; expected a list with at least one scenario");
    }
  }

  private void baseline(Map<DatasetName, Path> datasets) {
    JobSpec.Baseline b = spec.baseline();
    require("baseline.kind", b.kind());
    if (!KINDS.contains(b.kind())) {
      throw bad("baseline.kind", "'%s' is not a baseline kind; expected one of %s", b.kind(), sorted(KINDS));
    }
    if ("estimated".equals(b.kind())) {
      require("baseline.year", b.year());
      require("baseline.product", b.product());
      require("baseline.regions", b.regions());
      if (!datasets.containsKey(DatasetName.TRADE_TOTALS)) {
        throw bad("datasets.trade_totals", "an estimated baseline needs the trade_totals dataset (exporter and importer totals)");
      }
    } else if ("flows".equals(b.kind())) {
      if (!datasets.containsKey(DatasetName.FLOWS)) {
        throw bad("datasets.flows", "a flows baseline needs the flows dataset (CSV with exporter,importer,value[,tariff])");
      }
    } else {
      require("baseline.raw", b.raw());
      require("baseline.year", b.year());
      if (b.hs() == null || b.hs().isEmpty()) {
        throw bad("baseline.hs", "no HS codes; expected a list of HS prefixes such as [3104] or [310420]");
      }
      for (int i = 0; i < b.hs().size(); i++) {
        String code = b.hs().get(i);
        if (!Selection.isHsPrefix(code)) {
          throw bad("baseline.hs[" + i + "]", "'%s' is not an HS prefix; expected %s", code, Selection.HS_PREFIX_EXPECTED);
        }
      }
      Path raw = rawFolder(file, b);
      if (!Files.isDirectory(raw)) {
        throw bad("baseline.raw", "folder '%s' not found (resolved to %s); expected the folder of raw %s files",
            b.raw(), raw, b.kind());
      }
    }
    if (b.year() != null && (b.year() < 1900 || b.year() > 2100)) {
      throw bad("baseline.year", "%d is not a plausible year; expected 1900..2100", b.year());
    }
    if (b.regions() != null) {
      regions(b.regions());
    }
  }

  private void regions(Map<String, List<String>> regions) {
    if (regions.size() < 2) {
      throw bad("baseline.regions", "%d region(s); expected at least 2", regions.size());
    }
    Set<String> seen = new HashSet<>();
    int rests = 0;
    for (Map.Entry<String, List<String>> e : regions.entrySet()) {
      String key = "baseline.regions." + e.getKey();
      if (e.getValue() == null || e.getValue().isEmpty()) {
        throw bad(key, "no member countries; expected a list of ISO3 codes or [rest]");
      }
      for (String m : e.getValue()) {
        if (REST.equals(m)) {
          rests++;
        } else if (m == null || !m.matches("[A-Z]{3}")) {
          throw bad(key, "member '%s' is not an ISO3 code; expected three capital letters such as BLR, or 'rest'", m);
        } else if (!seen.add(m)) {
          throw bad(key, "country %s is already in another region; each country belongs to one region", m);
        }
      }
    }
    if (rests > 1) {
      throw bad("baseline.regions", "'rest' appears %d times; at most one region can take the rest of the world", rests);
    }
  }

  private void model() {
    JobSpec.Model m = spec.model();
    require("model.form", m.form());
    if (!FORMS.contains(m.form())) {
      throw bad("model.form", "'%s' is not a model form; expected one of %s", m.form(), sorted(FORMS));
    }
    require("model.elasticities", m.elasticities());
    elasticities("model.elasticities", m.elasticities(), true);
    if (m.byRegion() != null) {
      m.byRegion().forEach((r, set) -> elasticities("model.by_region." + r, set, false));
    }
  }

  private void elasticities(String key, JobSpec.ElasticitySet e, boolean complete) {
    if (e == null) {
      throw bad(key, "missing elasticities; expected import_demand, substitution and/or export_supply");
    }
    sign(key + ".import_demand", e.importDemand(), complete, -1);
    sign(key + ".substitution", e.substitution(), complete, 1);
    sign(key + ".export_supply", e.exportSupply(), complete, 1);
  }

  private void sign(String key, Double value, boolean required, int sign) {
    if (value == null) {
      if (required) {
        throw bad(key, "missing; expected a number %s 0", sign < 0 ? "<" : ">");
      }
      return;
    }
    boolean ok = sign < 0 ? value < 0 : value > 0;
    if (!ok || value.isInfinite()) {
      throw bad(key, "%s is out of range; expected a finite number %s 0", fmt(value), sign < 0 ? "<" : ">");
    }
  }

  private void measures() {
    List<JobSpec.Measure> ms = spec.measures() == null ? List.of() : spec.measures();
    Set<String> ids = new HashSet<>();
    for (int k = 0; k < ms.size(); k++) {
      JobSpec.Measure m = ms.get(k);
      String key = "measures[" + k + "]";
      require(key + ".id", m.id());
      if (!ids.add(m.id())) {
        throw bad(key + ".id", "duplicate measure id '%s'; ids must be unique", m.id());
      }
      require(key + ".exporter", m.exporter());
      if (m.importers() == null || m.importers().isEmpty()) {
        throw bad(key + ".importers", "no importers; expected a list of region codes or [all]");
      }
      require(key + ".wedge", m.wedge());
      wedge(key + ".wedge", m.wedge());
      if ("linear".equals(spec.model().form()) && EMBARGO.equals(m.wedge().trim())) {
        throw bad(key + ".wedge", "an embargo cannot be represented in the linear model form; set model.form: levels, or give an ad-valorem wedge");
      }
    }
  }

  /** The raw data folder of a baci/comtrade baseline, resolved against the job file's folder. */
  public static Path rawFolder(Path jobFile, JobSpec.Baseline b) {
    return jobFile.toAbsolutePath().getParent().resolve(b.raw()).normalize();
  }

  /** Parses a wedge: {@code embargo} is +infinity, a number is an ad-valorem equivalent &gt;= 0. */
  public static double parseWedge(String wedge) {
    if (EMBARGO.equals(wedge.trim())) {
      return Double.POSITIVE_INFINITY;
    }
    double w = Double.parseDouble(wedge.trim());
    if (!(w >= 0) || Double.isInfinite(w)) {
      throw new NumberFormatException("out of range");
    }
    return w;
  }

  private void wedge(String key, String wedge) {
    try {
      parseWedge(wedge);
    } catch (NumberFormatException e) {
      throw bad(key, "'%s' is not a wedge; expected 'embargo' or an ad-valorem equivalent >= 0 such as 0.3 (= 30%%)", wedge);
    }
  }

  private void scenarios() {
    Set<String> measureIds = new HashSet<>();
    if (spec.measures() != null) {
      spec.measures().forEach(m -> measureIds.add(m.id()));
    }
    Set<String> ids = new LinkedHashSet<>();
    List<JobSpec.Scenario> ss = spec.scenarios();
    for (int k = 0; k < ss.size(); k++) {
      JobSpec.Scenario s = ss.get(k);
      String key = "scenarios[" + k + "]";
      require(key + ".id", s.id());
      if (BASE.equals(s.id()) || !ids.add(s.id())) {
        throw bad(key + ".id", "scenario id '%s' is %s; ids must be unique and not '%s'", s.id(),
            BASE.equals(s.id()) ? "reserved" : "a duplicate", BASE);
      }
      List<String> used = s.measures() == null ? List.of() : s.measures();
      for (int j = 0; j < used.size(); j++) {
        if (!measureIds.contains(used.get(j))) {
          throw bad(key + ".measures[" + j + "]", "unknown measure '%s'; expected one of %s", used.get(j), sorted(measureIds));
        }
      }
    }
    for (int k = 0; k < ss.size(); k++) {
      String ref = ss.get(k).compareTo();
      if (ref != null && !BASE.equals(ref) && !ids.contains(ref)) {
        throw bad("scenarios[" + k + "].compare_to", "unknown scenario '%s'; expected '%s' or one of %s", ref, BASE, ids);
      }
    }
    JobSpec.Evidence ev = spec.evidence();
    if (ev != null) {
      require("evidence.scenario", ev.scenario());
      if (!ids.contains(ev.scenario())) {
        throw bad("evidence.scenario", "unknown scenario '%s'; expected one of %s", ev.scenario(), ids);
      }
      require("evidence.product", ev.product());
      if (ev.before() == null || ev.before().isEmpty() || ev.after() == null || ev.after().isEmpty()) {
        throw bad("evidence", "before and after must each list at least one year");
      }
    }
  }

  private Set<String> measureIds() {
    Set<String> ids = new HashSet<>();
    if (spec.measures() != null) {
      spec.measures().forEach(m -> ids.add(m.id()));
    }
    return ids;
  }

  private void capacities() {
    List<JobSpec.CapacityLimit> caps = spec.capacities() == null ? List.of() : spec.capacities();
    Set<String> ids = new HashSet<>();
    for (int k = 0; k < caps.size(); k++) {
      JobSpec.CapacityLimit c = caps.get(k);
      String key = "capacities[" + k + "]";
      require(key + ".id", c.id());
      if (!ids.add(c.id())) {
        throw bad(key + ".id", "duplicate capacity id '%s'", c.id());
      }
      if (measureIds().contains(c.id())) {
        throw bad(key + ".id", "'%s' is also a measure id; capacity ids must differ from measure ids (calibration"
            + " unknowns name either)", c.id());
      }
      if (!"levels".equals(spec.model().form())) {
        throw bad(key, "capacity limits need the levels model form; set model.form: levels");
      }
      require(key + ".exporter", c.exporter());
      require(key + ".limit_tonnes", c.limitTonnes());
      if (!(c.limitTonnes() > 0) || c.limitTonnes().isInfinite()) {
        throw bad(key + ".limit_tonnes", "%s is out of range; expected tonnes > 0", c.limitTonnes());
      }
      List<String> with = c.activeWith() == null ? List.of() : c.activeWith();
      for (int j = 0; j < with.size(); j++) {
        if (!measureIds().contains(with.get(j))) {
          throw bad(key + ".active_with[" + j + "]", "unknown measure '%s'; expected one of %s", with.get(j), sorted(measureIds()));
        }
      }
    }
  }

  private JobSpec.CapacityLimit capacity(String id) {
    return spec.capacities() == null ? null
        : spec.capacities().stream().filter(x -> id.equals(x.id())).findFirst().orElse(null);
  }

  private Set<String> capacityIds() {
    Set<String> ids = new HashSet<>();
    for (JobSpec.CapacityLimit c : spec.capacities() == null ? List.<JobSpec.CapacityLimit>of() : spec.capacities()) {
      ids.add(c.id());
    }
    return ids;
  }

  /**
   * A capacity solved for must be in force in the calibration scenario (one of its active_with
   * measures there, or no active_with at all): a limit that is not in force cannot move any outcome.
   */
  private void calibratedCapacity(String key, JobSpec.CapacityLimit cap, JobSpec.Scenario target) {
    List<String> with = cap.activeWith() == null ? List.of() : cap.activeWith();
    List<String> inForce = target.measures() == null ? List.of() : target.measures();
    if (!with.isEmpty() && with.stream().noneMatch(inForce::contains)) {
      throw bad(key, "capacity '%s' is not in force in scenario '%s' (it is active with %s, none of which is in force"
          + " there), so outcomes there cannot identify it", cap.id(), target.id(), with);
    }
  }

  private static final Set<String> METRICS = Set.of("export_volume", "export_share", "market_price", "import_price");

  private void calibration() {
    JobSpec.Calibration c = spec.calibration();
    if (c == null) {
      return;
    }
    require("calibration.scenario", c.scenario());
    if (spec.scenarios().stream().noneMatch(s -> s.id().equals(c.scenario()))) {
      throw bad("calibration.scenario", "unknown scenario '%s'", c.scenario());
    }
    if (c.unknowns() == null || c.unknowns().isEmpty()) {
      throw bad("calibration.unknowns", "no unknowns; expected a list of measure ids (wedges) or capacity ids"
          + " (limits) to solve for");
    }
    JobSpec.Scenario target = spec.scenarios().stream().filter(s -> s.id().equals(c.scenario())).findFirst().orElseThrow();
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < c.unknowns().size(); j++) {
      String id = c.unknowns().get(j);
      String key = "calibration.unknowns[" + j + "]";
      require(key, id);
      if (!seen.add(id)) {
        throw bad(key, "'%s' is listed twice", id);
      }
      JobSpec.Measure m = spec.measures() == null ? null
          : spec.measures().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
      JobSpec.CapacityLimit cap = capacity(id);
      if (m == null && cap != null) {
        calibratedCapacity(key, cap, target);
        continue;
      }
      if (m == null) {
        throw bad(key, "'%s' is neither a measure nor a capacity; expected a measure id %s or a capacity id %s", id,
            sorted(measureIds()), sorted(capacityIds()));
      }
      if (EMBARGO.equals(m.wedge().trim())) {
        throw bad(key, "measure '%s' is an embargo; only ad-valorem wedges can be calibrated", id);
      }
      if (target.measures() == null || !target.measures().contains(id)) {
        throw bad(key, "measure '%s' is not in force in scenario '%s', so outcomes there cannot identify it", id, c.scenario());
      }
    }
    if (c.alternative() != null) {
      Path alt = file.toAbsolutePath().getParent().resolve(c.alternative()).normalize();
      if (!Files.isRegularFile(alt)) {
        throw bad("calibration.alternative", "file '%s' not found (resolved to %s); expected another job file",
            c.alternative(), alt);
      }
      if (alt.equals(file.toAbsolutePath().normalize())) {
        throw bad("calibration.alternative", "'%s' is this job itself; expected another job file", c.alternative());
      }
    }
    if (c.targets() == null || c.targets().size() < c.unknowns().size()) {
      throw bad("calibration.targets", "%d target(s) for %d unknown(s); expected at least one target per unknown",
          c.targets() == null ? 0 : c.targets().size(), c.unknowns().size());
    }
    for (int k = 0; k < c.targets().size(); k++) {
      JobSpec.Target t = c.targets().get(k);
      String key = "calibration.targets[" + k + "]";
      require(key + ".id", t.id());
      require(key + ".metric", t.metric());
      if (!METRICS.contains(t.metric())) {
        throw bad(key + ".metric", "'%s' is not a metric; expected one of %s", t.metric(), sorted(METRICS));
      }
      require(key + ".value", t.value());
      if (t.value().isNaN() || t.value().isInfinite()) {
        throw bad(key + ".value", "expected a finite number (a fraction: -0.6 = -60%%)");
      }
    }
  }

  private void uncertainty(Map<DatasetName, Path> datasets) {
    JobSpec.Uncertainty u = spec.uncertainty();
    if (u == null) {
      return;
    }
    if (u.method() != null && !METHODS.contains(u.method())) {
      throw bad("uncertainty.method", "'%s' is not a method; expected one of %s", u.method(), sorted(METHODS));
    }
    if (u.method() == null || MONTE_CARLO.equals(u.method())) {
      require("uncertainty.draws", u.draws());
    }
    if (u.draws() != null && (u.draws() < 10 || u.draws() > 1_000_000)) {
      throw bad("uncertainty.draws", "%d is out of range; expected 10..1000000", u.draws());
    }
    if (u.partitions() != null && (u.partitions() < 1 || u.partitions() > 10_000)) {
      throw bad("uncertainty.partitions", "%d is out of range; expected 1..10000", u.partitions());
    }
    require("uncertainty.ranges_scope", u.rangesScope());
    if (!datasets.containsKey(DatasetName.ELASTICITIES)) {
      throw bad("datasets.elasticities", "uncertainty needs the elasticities dataset (its low/central/high ranges)");
    }
    if (!"levels".equals(spec.model().form())) {
      throw bad("uncertainty", "the Monte Carlo uses the levels model form; set model.form: levels");
    }
    if (Boolean.TRUE.equals(u.recalibrate()) && spec.calibration() == null) {
      throw bad("uncertainty.recalibrate", "recalibrate: true needs a calibration section");
    }
    List<JobSpec.UncertainWedge> ws = u.wedges() == null ? List.of() : u.wedges();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < ws.size(); k++) {
      uncertainWedge("uncertainty.wedges[" + k + "]", ws.get(k));
      if (!seen.add(ws.get(k).measure())) {
        throw bad("uncertainty.wedges[" + k + "].measure", "measure '%s' is listed twice", ws.get(k).measure());
      }
    }
  }

  /** A drawn wedge: an existing ad-valorem measure, not calibrated, with 0 <= low <= wedge <= high. */
  private void uncertainWedge(String key, JobSpec.UncertainWedge w) {
    require(key + ".measure", w.measure());
    JobSpec.Measure m = spec.measures() == null ? null
        : spec.measures().stream().filter(x -> x.id().equals(w.measure())).findFirst().orElse(null);
    if (m == null) {
      throw bad(key + ".measure", "unknown measure '%s'; expected one of %s", w.measure(), sorted(measureIds()));
    }
    if (EMBARGO.equals(m.wedge().trim())) {
      throw bad(key + ".measure", "measure '%s' is an embargo; only ad-valorem wedges can be drawn", w.measure());
    }
    if (spec.calibration() != null && spec.calibration().unknowns() != null
        && spec.calibration().unknowns().contains(w.measure())) {
      throw bad(key + ".measure", "measure '%s' is calibrated (calibration.unknowns), so its value follows from the"
          + " targets; draw only hand-set wedges", w.measure());
    }
    if (spec.scenarios().stream().noneMatch(s -> s.measures() != null && s.measures().contains(w.measure()))) {
      throw bad(key + ".measure", "measure '%s' is in force in no scenario, so drawing it changes nothing", w.measure());
    }
    require(key + ".low", w.low());
    require(key + ".high", w.high());
    double central = parseWedge(m.wedge());
    if (!(w.low() >= 0 && w.low() <= central)) {
      throw bad(key + ".low", "%s is out of range; expected 0 <= low <= the measure's wedge %s", fmt(w.low()),
          fmt(central));
    }
    if (!(w.high() >= central && w.high() > w.low() && Double.isFinite(w.high()))) {
      throw bad(key + ".high", "%s is out of range; expected a finite value >= the measure's wedge %s and > low %s",
          fmt(w.high()), fmt(central), fmt(w.low()));
    }
    require(key + ".source", w.source());
  }

  /** The case's own wording: optional, but a key that is given must say something. */
  private void notes() {
    notBlank("commodity", spec.commodity());
    JobSpec.Notes n = spec.notes();
    if (n == null) {
      return;
    }
    notBlank("notes.price_label", n.priceLabel());
    notBlank("notes.price_check", n.priceCheck());
    notBlank("notes.price_gap", n.priceGap());
    notBlank("notes.others_gap", n.othersGap());
    List<String> lim = n.limitationsOrEmpty();
    for (int k = 0; k < lim.size(); k++) {
      if (lim.get(k) == null || lim.get(k).isBlank()) {
        throw bad("notes.limitations[" + k + "]", "empty item; expected a sentence for the report's Limitations");
      }
    }
  }

  private void notBlank(String key, String value) {
    if (value != null && value.isBlank()) {
      throw bad(key, "empty text; give a sentence or leave the key out");
    }
  }

  private void region(String key, String code, Set<String> known) {
    if (code == null || !known.contains(code)) {
      throw bad(key, "unknown region '%s'; expected one of %s", code, known);
    }
  }

  private void require(String key, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw bad(key, "missing required key");
    }
  }

  private BadInputException bad(String key, String template, Object... args) {
    return new BadInputException(file.toString(), "key " + key, String.format(Locale.ROOT, template, args));
  }

  private static List<String> sorted(Collection<String> c) {
    List<String> l = new ArrayList<>(c);
    l.sort(null);
    return l;
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%s", d);
  }
}
