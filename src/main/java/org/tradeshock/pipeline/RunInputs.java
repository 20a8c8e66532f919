package org.tradeshock.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.baseline.Baseline;
import org.tradeshock.baseline.BaselineEstimator;
import org.tradeshock.baseline.FixedShare;
import org.tradeshock.baseline.FlowsBaseline;
import org.tradeshock.common.BadInputException;
import org.tradeshock.datasets.BilateralFact;
import org.tradeshock.datasets.BundledDatasets;
import org.tradeshock.datasets.TradeTotal;
import org.tradeshock.ingest.TradeTables;
import org.tradeshock.job.DatasetName;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobSpec;
import org.tradeshock.job.JobValidator;

/**
 * Everything a run reads: the baseline matrix (through Spark) and the reference tables (small,
 * read directly), checked against each other.
 *
 * @param baseline the base-year matrix and how it was built
 * @param data all tables; those the job does not name are empty
 * @param members model region to member ISO3 codes (the rest region lists every other country seen)
 */
public record RunInputs(Baseline baseline, BundledDatasets data, Map<String, Set<String>> members) {

  /** Reads the inputs of {@code job}; the Spark session is used for the trade-flow tables only. */
  static RunInputs read(Job job, SparkSession spark) {
    JobSpec.Baseline b = job.spec().baseline();
    List<TradeTotal> totals = List.of();
    TradeTables tables = null;
    Optional<Path> totalsFile = job.dataset(DatasetName.TRADE_TOTALS);
    if (totalsFile.isPresent()) {
      tables = TradeTables.readTotals(spark, totalsFile.get());
      totals = tables.rows();
    }
    List<BilateralFact> facts = load(job, DatasetName.BILATERAL_FACTS, BundledDatasets::loadBilateralFacts);
    BundledDatasets data = new BundledDatasets(totals,
        load(job, DatasetName.PRODUCTION, BundledDatasets::loadProduction),
        load(job, DatasetName.PRICES, BundledDatasets::loadPrices),
        load(job, DatasetName.TIMELINE, BundledDatasets::loadTimeline),
        load(job, DatasetName.ELASTICITIES, BundledDatasets::loadElasticities),
        facts,
        load(job, DatasetName.CLAIMS, BundledDatasets::loadClaims));
    Baseline baseline;
    if ("estimated".equals(b.kind())) {
      baseline = estimate(job, tables, facts);
    } else if ("flows".equals(b.kind())) {
      Path flows = job.dataset(DatasetName.FLOWS).orElseThrow();
      baseline = FlowsBaseline.of(TradeTables.readFlows(spark, flows), b.regions(), flows.getFileName().toString());
      JobValidator.checkRegions(job.file(), job.spec(), baseline.matrix().regions());
    } else {
      baseline = RawTradeBaseline.load(job, spark);
      JobValidator.checkRegions(job.file(), job.spec(), baseline.matrix().regions());
    }
    Preflight.checkEvents(job, data.timeline());
    return new RunInputs(baseline, data, members(b.regions(), baseline.matrix().regions(), totals));
  }

  private static Baseline estimate(Job job, TradeTables tables, List<BilateralFact> facts) {
    JobSpec.Baseline b = job.spec().baseline();
    var totals = tables.regionTotals(b.year(), b.product(), b.regions());
    if (java.util.Arrays.stream(totals.exportTonnes()).sum() <= 0) {
      throw new BadInputException(job.dataset(DatasetName.TRADE_TOTALS).orElseThrow().toString(), "",
          String.format(Locale.ROOT, "no %s exports for %d; the baseline year and product (key baseline) need rows with flow=export",
              b.product(), b.year()));
    }
    List<FixedShare> fixed = new ArrayList<>();
    Set<String> regions = b.regions().keySet();
    for (BilateralFact f : facts) {
      boolean wanted = b.fixedShares() == null || f.basis().startsWith(b.fixedShares());
      if (wanted && regions.contains(f.importerIso3()) && regions.contains(f.exporterIso3())) {
        fixed.add(new FixedShare(f.importerIso3(), f.exporterIso3(), f.shareOfImporter(), f.source()));
      }
    }
    try {
      return BaselineEstimator.estimate(totals, fixed);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BadInputException(job.file().toString(), "key baseline",
          "the trade totals and the fixed bilateral shares are inconsistent: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> load(Job job, DatasetName name, Function<Path, List<T>> loader) {
    return job.dataset(name).map(loader).orElse(List.of());
  }

  private static Map<String, Set<String>> members(Map<String, List<String>> regions, List<String> order,
      List<TradeTotal> totals) {
    Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
    Set<String> listed = new HashSet<>();
    String rest = null;
    for (String r : order) {
      List<String> m = regions == null ? List.of(r) : regions.get(r);
      Set<String> s = new LinkedHashSet<>();
      for (String iso : m) {
        if (JobValidator.REST.equals(iso)) {
          rest = r;
        } else {
          s.add(iso);
          listed.add(iso);
        }
      }
      out.put(r, s);
    }
    if (rest != null) {
      for (TradeTotal t : totals) {
        if (!listed.contains(t.iso3())) {
          out.get(rest).add(t.iso3());
        }
      }
    }
    return out;
  }
}
