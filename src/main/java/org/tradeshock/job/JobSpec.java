package org.tradeshock.job;

import java.util.List;
import java.util.Map;

/**
 * A job file as written by the user, bound from YAML before semantic validation.
 *
 * <p>Keys are snake_case in YAML ({@code compare_to}) and camelCase here. Unknown keys are rejected
 * when binding; {@link JobValidator} checks references, ranges and files. Every field below is
 * documented for users in {@code docs/JOBS.md}.
 *
 * @param job short name, also the folder under {@code reports/}
 * @param title report title
 * @param question the question the job answers, shown at the top of the report
 * @param datasets named input tables (trade_totals, bilateral_facts, flows, prices, timeline,
 *     elasticities, claims, production), paths relative to the job file
 * @param spark Spark settings (master URL)
 * @param baseline how the base-year bilateral matrix is obtained
 * @param model the model form and elasticities
 * @param measures sanctions and frictions as tariff-equivalent wedges
 * @param scenarios combinations of measures to solve and compare
 * @param focus the exporter the report centres on, and its peers
 * @param evidence how the sanctioned scenario is compared with what the data show
 * @param capacities route or exporter capacity limits, active with named measures
 * @param calibration wedges or capacity limits solved for so that a scenario reproduces observed outcomes
 * @param uncertainty Monte Carlo over elasticities (and calibrated wedges) and a sensitivity
 * @param commodity what is traded, in the words the report's captions use (e.g. potash); optional
 * @param notes the case's own interpretation, which the generic report text cannot know; optional
 */
public record JobSpec(
    String job,
    String title,
    String question,
    Map<String, String> datasets,
    Spark spark,
    Baseline baseline,
    Model model,
    List<Measure> measures,
    List<Scenario> scenarios,
    Focus focus,
    Evidence evidence,
    List<CapacityLimit> capacities,
    Calibration calibration,
    Uncertainty uncertainty,
    String commodity,
    Notes notes) {

  /** The job's notes, or empty notes when it has none. */
  public Notes notesOrEmpty() {
    return notes == null ? Notes.EMPTY : notes;
  }

  /**
   * What only the case can say: how to read its data and what the model leaves out. Each is
   * optional; the report leaves out what a job does not give.
   *
   * @param priceLabel the name of the priced good, e.g. "Potassium chloride" (charts and the
   *     model-against-data table say "&lt;price_label&gt; price")
   * @param priceCheck what else the observed price change carries, completing the summary's "the
   *     observed price changed by x%, which also carries ..."
   * @param priceGap the same in full, completing "the data's x% also carries ..." under the
   *     model-against-data table
   * @param othersGap why the other exporters' observed exports grew less than modelled, completing
   *     "its demand moves only with the modelled price, while ..."
   * @param limitations extra items for the report's Limitations, e.g. caveats on the data
   */
  public record Notes(String priceLabel, String priceCheck, String priceGap, String othersGap,
      List<String> limitations) {
    /** No notes. */
    public static final Notes EMPTY = new Notes(null, null, null, null, null);

    /** The limitations, empty when none are given. */
    public List<String> limitationsOrEmpty() {
      return limitations == null ? List.of() : limitations;
    }
  }

  /**
   * A capacity limit on an exporter's routes (levels form only): when it binds, a shadow price (a
   * rent on the scarce route) appears.
   *
   * @param id identifier
   * @param label text for the report
   * @param exporter exporting region
   * @param importers importing regions, or {@code [all]}
   * @param limitTonnes the cap in tonnes of the baseline product a year
   * @param activeWith measure ids: the cap is in force in scenarios where any of them is
   * @param rationale source or reasoning for the level
   */
  public record CapacityLimit(String id, String label, String exporter, List<String> importers, Double limitTonnes,
      List<String> activeWith, String rationale) {}

  /**
   * Calibration of measure wedges or capacity limits to observed outcomes in one scenario.
   *
   * @param scenario the scenario that stands for the observed state
   * @param unknowns ids of ad-valorem measures whose wedges, or of capacities whose limits, are
   *     solved for
   * @param targets the observed outcomes to reproduce
   * @param alternative optional path (relative to the job file) of another job that explains the
   *     same targets with other unknowns, e.g. a binding capacity instead of a cost wedge; the
   *     report's limitations name it
   */
  public record Calibration(String scenario, List<String> unknowns, List<Target> targets, String alternative) {}

  /**
   * One observed outcome.
   *
   * @param id identifier
   * @param metric {@code export_volume} (change vs base), {@code export_share} (level),
   *     {@code market_price} (change vs base), {@code import_price} (change vs base, of a region)
   * @param region the region measured (not for market_price)
   * @param value the observed value, as a fraction (-0.6 = -60%)
   * @param source where the value comes from
   */
  public record Target(String id, String metric, String region, Double value, String source) {}

  /**
   * Monte Carlo settings.
   *
   * @param draws number of draws
   * @param seed random seed (results are identical for one seed whatever the partitions)
   * @param partitions Spark partitions the draws are spread over
   * @param rangesScope scope of the elasticities dataset rows whose low/central/high give the
   *     distributions (e.g. flagship-default)
   * @param recalibrate re-solve the calibrated wedges in every draw, so their uncertainty follows
   *     from the elasticities'
   * @param method {@code monte_carlo} (the default: draws on Spark, intervals and a tornado) or
   *     {@code one_at_a_time} (no draws: every output with each parameter at its low and high end)
   * @param wedges hand-set ad-valorem wedges drawn alongside the elasticities
   */
  public record Uncertainty(Integer draws, Long seed, Integer partitions, String rangesScope, Boolean recalibrate,
      String method, List<UncertainWedge> wedges) {}

  /**
   * A hand-set measure wedge treated as uncertain: PERT between {@code low} and {@code high} with
   * the measure's own wedge as mode.
   *
   * @param measure id of an ad-valorem measure that is not a calibration unknown
   * @param low lower end, 0 &lt;= low &lt;= the measure's wedge
   * @param high upper end, &gt;= the measure's wedge and &gt; low
   * @param source where the range comes from, or why it is an assumption, shown in the report
   */
  public record UncertainWedge(String measure, Double low, Double high, String source) {}

  /** Spark settings. @param master a Spark master URL such as {@code local[*]} or {@code spark://host:7077} */
  public record Spark(String master) {}

  /**
   * How the base-year matrix is built.
   *
   * @param kind {@code estimated} (RAS balancing of exporter and importer totals, with known bilateral
   *     shares fixed) or {@code flows} (a bilateral flows table named in datasets.flows)
   * @param year base year
   * @param product product label in trade_totals (e.g. MOP)
   * @param regions model regions: region code to member ISO3 codes; the member {@code rest} takes
   *     every country not listed elsewhere
   * @param unitValueRegion region whose unit value converts the world price to USD per tonne
   * @param fixedShares which rows of bilateral_facts to hold fixed: those whose basis starts with
   *     this text (e.g. {@code pre-sanction}); all rows when absent
   * @param raw for kinds {@code baci} and {@code comtrade}: the folder of raw files (with the
   *     country code table), relative to the job file
   * @param hs for kinds {@code baci} and {@code comtrade}: HS code prefixes to select, e.g. [3104]
   * @param cache for kinds {@code baci} and {@code comtrade}: the Parquet cache folder (default:
   *     under the system temporary folder)
   */
  public record Baseline(String kind, Integer year, String product, Map<String, List<String>> regions,
      String unitValueRegion, String fixedShares, String raw, List<String> hs, String cache) {}

  /**
   * Model form and elasticities.
   *
   * @param form {@code levels} (CES, exact for large shocks) or {@code linear}
   * @param elasticities default elasticities for every region
   * @param byRegion per-region overrides
   */
  public record Model(String form, ElasticitySet elasticities, Map<String, ElasticitySet> byRegion) {}

  /**
   * One set of elasticities; in overrides, missing values fall back to the defaults.
   *
   * @param importDemand composite import demand elasticity, &lt; 0
   * @param substitution substitution among suppliers, &gt; 0
   * @param exportSupply export supply elasticity, &gt; 0
   */
  public record ElasticitySet(Double importDemand, Double substitution, Double exportSupply) {}

  /**
   * A sanction or friction as a tariff-equivalent wedge on some routes.
   *
   * @param id identifier used by scenarios
   * @param label text for the report
   * @param exporter exporting region the wedge applies to
   * @param importers importing regions, or {@code [all]} for an exporter-wide friction
   * @param wedge {@code embargo} (prohibitive) or an ad-valorem equivalent such as 0.3 (= 30%)
   * @param rationale why this size: source or reasoning, shown in the report
   * @param events timeline event ids this measure stands for
   * @param collected true for a tariff whose revenue the importer collects; false or absent (the
   *     default) for sanctions, logistics and risk costs that no one in the model collects, whose
   *     wedge is a real (dissipated) cost rather than a transfer
   */
  public record Measure(String id, String label, String exporter, List<String> importers, String wedge,
      String rationale, List<String> events, Boolean collected) {

    /** Whether the importer collects the wedge as revenue. */
    public boolean isCollected() {
      return Boolean.TRUE.equals(collected);
    }
  }

  /**
   * A scenario: the measures in force.
   *
   * @param id identifier
   * @param label text for the report
   * @param measures ids of the measures in force (empty = none: the pre-sanction baseline)
   * @param compareTo the scenario its changes are stated against; default: the base year equilibrium
   * @param description one sentence for the report
   * @param events ids of the timeline events that brought the scenario's state about (for example the
   *     licence that lifted a sanction); the charts mark them with the measures' own events
   */
  public record Scenario(String id, String label, List<String> measures, String compareTo, String description,
      List<String> events) {

    /** A scenario without dated events. */
    public Scenario(String id, String label, List<String> measures, String compareTo, String description) {
      this(id, label, measures, compareTo, description, null);
    }
  }

  /**
   * The exporter the report centres on.
   *
   * @param exporter region code (e.g. BLR)
   * @param peers other exporters shown in charts
   * @param priceRegion importer whose composite price stands for the quoted market price
   */
  public record Focus(String exporter, List<String> peers, String priceRegion) {}

  /**
   * What the data show, to set beside the modelled sanctioned state.
   *
   * @param scenario the scenario that stands for the sanctioned state
   * @param product product label in trade_totals to measure export volumes with (e.g. K2O)
   * @param before years averaged before the sanctions
   * @param after years averaged after the sanctions
   */
  public record Evidence(String scenario, String product, List<Integer> before, List<Integer> after) {}
}
