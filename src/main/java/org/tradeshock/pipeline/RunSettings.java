package org.tradeshock.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import org.tradeshock.ingest.SparkSessions;
import org.tradeshock.job.Job;

/**
 * How one run is executed: the Spark master, where reports go, the run id and the clock.
 *
 * @param master Spark master URL
 * @param reportsRoot folder under which {@code <job>/<run-id>/} is written
 * @param runId run folder name, or null for the UTC start time
 * @param clock clock for timestamps (fixed in tests)
 * @param draws Monte Carlo draws overriding the job's uncertainty.draws, or null
 * @param method uncertainty method overriding the job's uncertainty.method ({@code monte_carlo} or
 *     {@code one_at_a_time}), or null
 */
public record RunSettings(String master, Path reportsRoot, String runId, Clock clock, Integer draws, String method) {

  /** Settings without overrides of the job's uncertainty settings. */
  public RunSettings(String master, Path reportsRoot, String runId, Clock clock) {
    this(master, reportsRoot, runId, clock, null, null);
  }

  /** These settings with the Monte Carlo draws set (null: the job's). */
  public RunSettings withDraws(Integer n) {
    return new RunSettings(master, reportsRoot, runId, clock, n, method);
  }

  /** These settings with the uncertainty method set (null: the job's). */
  public RunSettings withMethod(String m) {
    return new RunSettings(master, reportsRoot, runId, clock, draws, m);
  }

  /** Settings from the command line, falling back to the job file and then to the defaults. */
  public static RunSettings of(Job job, String master, Path reportsRoot, String runId) {
    String m = master != null ? master
        : job.spec().spark() != null && job.spec().spark().master() != null ? job.spec().spark().master()
        : SparkSessions.DEFAULT_MASTER;
    return new RunSettings(m, reportsRoot, runId, Clock.systemUTC());
  }
}
