/**
 * Monte Carlo and local sensitivity over elasticities and (calibrated) wedges.
 *
 * <p>A {@link org.tradeshock.uncertainty.McProblem} holds everything a draw needs and is
 * serializable. {@link org.tradeshock.uncertainty.MonteCarlo#run} spreads the draws over Spark
 * partitions, and {@link org.tradeshock.uncertainty.MonteCarlo#runLocal} runs them on one thread.
 * Both give the same {@link org.tradeshock.uncertainty.McSummary}, bit for bit and for any number
 * of partitions: P5/P50/P95 and the mean per scenario and metric, the intervals of each scenario's
 * difference from its reference, failed draws per scenario with the first failure's message, and
 * the per-draw values. {@link org.tradeshock.uncertainty.Sensitivity#oneAtATime} gives tornado data
 * (against the base year or a reference scenario), and {@link org.tradeshock.uncertainty.Sensitivity#sweep}
 * every scenario and metric with each parameter at the ends of its range, without Spark.
 * An optional {@link org.tradeshock.uncertainty.Recalibration} re-fits the calibrated wedges inside
 * every draw. Spark appears only in {@code MonteCarlo.run}, and the session is the caller's. The
 * executable example is {@code EngineExampleTest}.
 */
package org.tradeshock.uncertainty;
