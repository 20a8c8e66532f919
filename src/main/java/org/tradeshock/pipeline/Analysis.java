package org.tradeshock.pipeline;

import java.time.Instant;
import java.util.List;
import org.tradeshock.claims.ClaimVerdict;
import org.tradeshock.calibration.CalibrationResult;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobSpec;
import org.tradeshock.model.Elasticities;
import org.tradeshock.scenario.ScenarioSet;

/**
 * Everything a run computed, handed to the report.
 *
 * @param job the job
 * @param inputs inputs and baseline
 * @param elasticities elasticities used, per region
 * @param measures the measures as solved (calibrated wedges written in)
 * @param scenarios solved scenarios
 * @param verdicts claim verdicts
 * @param observed the sanctioned state against the data (null when the job has no evidence section)
 * @param calibration calibrated wedges and fit (null when the job calibrates nothing)
 * @param uncertainty Monte Carlo intervals and tornado (null when the job asks for none)
 * @param master the Spark master used
 * @param started when the run started
 */
public record Analysis(Job job, RunInputs inputs, Elasticities elasticities, List<JobSpec.Measure> measures,
    ScenarioSet scenarios, List<ClaimVerdict> verdicts, ObservedCheck observed, CalibrationResult calibration,
    EngineRuns.Result uncertainty, String master, Instant started) {}
