package org.tradeshock.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.common.Checks;

/**
 * Monte Carlo over elasticities and wedges: every draw solves every scenario of a
 * {@link McProblem} and records its headline metrics; the draws run as a Spark job so that they
 * spread over cores and over a cluster.
 *
 * <p>Determinism: draw d uses only {@code SplittableRandom(mix(seed, d))}, results are sorted by d
 * before summarising, and each draw's solves are independent (every Newton solve starts from the
 * base point), so the summary is bit-identical for 1, 2 or 8 partitions and equals
 * {@link #runLocal}. Failed solves ({@code SolverException}) are counted per scenario and reported
 * in {@link McSummary#failures()}, never dropped silently; other exceptions (bad inputs) fail the
 * job.
 */
public final class MonteCarlo {
  private MonteCarlo() {}

  /**
   * Runs {@code draws} draws as a Spark job over {@code partitions} partitions.
   *
   * @param spark the run's session (the caller opens and stops it)
   * @param problem the serializable problem
   * @param draws number of draws, &gt;= 1
   * @param seed the seed every draw's generator is derived from
   * @param partitions number of Spark partitions, &gt;= 1 (e.g. 2-4 x cores)
   * @return the summary, identical for any {@code partitions}
   */
  public static McSummary run(SparkSession spark, McProblem problem, int draws, long seed, int partitions) {
    check(draws, partitions);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Integer> idx = IntStream.range(0, draws).boxed().toList();
    Function<Integer, double[]> draw = d -> Draws.run(problem, seed, d);
    List<double[]> rows = jsc.parallelize(idx, partitions).map(draw).collect();
    return McSummary.of(problem, seed, rows);
  }

  /** The same draws in plain Java on the calling thread (tests, quick runs, the benchmark's peer). */
  public static McSummary runLocal(McProblem problem, int draws, long seed) {
    check(draws, 1);
    List<double[]> rows = new ArrayList<>(draws);
    for (int d = 0; d < draws; d++) {
      rows.add(Draws.run(problem, seed, d));
    }
    return McSummary.of(problem, seed, rows);
  }

  private static void check(int draws, int partitions) {
    Checks.check(draws >= 1, "draws must be >= 1 but was %d", draws);
    Checks.check(partitions >= 1, "partitions must be >= 1 but was %d", partitions);
  }
}
