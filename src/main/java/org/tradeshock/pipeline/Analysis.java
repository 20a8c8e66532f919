package org.tradeshock.pipeline;

import java.time.Instant;
import java.util.List;
import org.tradeshock.claims.ClaimVerdict;
import org.tradeshock.job.Job;
import org.tradeshock.model.Elasticities;
import org.tradeshock.scenario.ScenarioSet;

/**
 * Everything a run computed, handed to the report.
 *
 * @param job the job
 * @param inputs inputs and baseline
 * @param elasticities elasticities used, per region
 * @param scenarios solved scenarios
 * @param verdicts claim verdicts
 * @param observed the sanctioned state against the data (null when the job has no evidence section)
 * @param master the Spark master used
 * @param started when the run started
 */
public record Analysis(Job job, RunInputs inputs, Elasticities elasticities, ScenarioSet scenarios,
    List<ClaimVerdict> verdicts, ObservedCheck observed, String master, Instant started) {}
