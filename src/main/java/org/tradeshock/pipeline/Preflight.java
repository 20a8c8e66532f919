package org.tradeshock.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tradeshock.common.BadInputException;
import org.tradeshock.datasets.BundledDatasets;
import org.tradeshock.datasets.TimelineEvent;
import org.tradeshock.ingest.CsvValidator;
import org.tradeshock.ingest.TradeTables;
import org.tradeshock.job.DatasetName;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobSpec;

/**
 * Checks every dataset a job names, line by line, before any Spark session starts.
 *
 * <p>{@code validate} uses it so that a bad row is found without running the job, and {@code run}
 * uses it so that a bad row costs no Spark start-up and leaves nothing behind. Raw BACI or Comtrade
 * folders are not read here: their rows are checked (and quarantined) by the ingest itself.
 *
 * <p>The trade tables are line-checked again when Spark reads them ({@code SparkCsv}). That second
 * pass is kept on purpose: those tables are country totals or one product's bilateral matrix
 * (kilobytes to a few megabytes, milliseconds to check), while raw trade data at scale goes through
 * the ingest path, which reads each file once.
 */
public final class Preflight {
  private Preflight() {}

  /**
   * Checks the job's datasets and the timeline events its measures cite.
   *
   * @throws BadInputException naming the file, line and column of the first bad value, or the job
   *     key of an event id the timeline lacks
   */
  public static void check(Job job) {
    job.dataset(DatasetName.TRADE_TOTALS).ifPresent(f -> CsvValidator.validate(f, TradeTables.TOTALS));
    job.dataset(DatasetName.FLOWS).ifPresent(f -> CsvValidator.validate(f, TradeTables.FLOWS));
    job.dataset(DatasetName.PRODUCTION).ifPresent(BundledDatasets::loadProduction);
    job.dataset(DatasetName.PRICES).ifPresent(BundledDatasets::loadPrices);
    job.dataset(DatasetName.ELASTICITIES).ifPresent(BundledDatasets::loadElasticities);
    job.dataset(DatasetName.BILATERAL_FACTS).ifPresent(BundledDatasets::loadBilateralFacts);
    job.dataset(DatasetName.CLAIMS).ifPresent(BundledDatasets::loadClaims);
    job.dataset(DatasetName.TIMELINE).ifPresent(f -> checkEvents(job, BundledDatasets.loadTimeline(f)));
  }

  /** Every event id a measure or scenario cites must be in the timeline, so the report can date it. */
  static void checkEvents(Job job, List<TimelineEvent> timeline) {
    if (timeline.isEmpty()) {
      return;
    }
    Set<String> ids = new HashSet<>();
    timeline.forEach(e -> ids.add(e.eventId()));
    List<JobSpec.Measure> ms = job.spec().measures() == null ? List.of() : job.spec().measures();
    for (int k = 0; k < ms.size(); k++) {
      checkIds(job, ids, "measures[" + k + "]", ms.get(k).events());
    }
    List<JobSpec.Scenario> ss = job.spec().scenarios() == null ? List.of() : job.spec().scenarios();
    for (int k = 0; k < ss.size(); k++) {
      checkIds(job, ids, "scenarios[" + k + "]", ss.get(k).events());
    }
  }

  private static void checkIds(Job job, Set<String> ids, String key, List<String> events) {
    List<String> ev = events == null ? List.of() : events;
    for (int j = 0; j < ev.size(); j++) {
      if (!ids.contains(ev.get(j))) {
        throw new BadInputException(job.file().toString(), "key " + key + ".events[" + j + "]",
            "unknown timeline event '" + ev.get(j) + "'; expected an event_id of the timeline dataset, e.g. "
                + ids.stream().sorted().limit(4).toList());
      }
    }
  }
}
