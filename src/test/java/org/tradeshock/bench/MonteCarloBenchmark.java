package org.tradeshock.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import java.util.List;
import java.util.Map;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.PotashFixture;
import org.tradeshock.calibration.Target;
import org.tradeshock.calibration.Unknown;
import org.tradeshock.model.TradeMatrix;
import org.tradeshock.uncertainty.FlagshipProblem;
import org.tradeshock.uncertainty.Recalibration;
import org.tradeshock.uncertainty.McProblem;
import org.tradeshock.uncertainty.McSummary;
import org.tradeshock.uncertainty.MetricInterval;
import org.tradeshock.uncertainty.MonteCarlo;
import org.tradeshock.uncertainty.Sensitivity;

/**
 * Benchmark for docs/BENCHMARKS.md: N draws x 6 scenarios on the 13-region potash fixture.
 *
 * <p>Usage: {@code MonteCarloBenchmark <spark|local|both> [draws=10000] [master=local[2]]
 * [partitions=8]}; prefix the mode with "recal-" to recalibrate the Klaipeda wedge in every draw. "spark" measures a cold JVM including Spark start (run it under
 * {@code /usr/bin/time -v}); "local" the same draws in plain Java on one thread; "both" runs Spark
 * then the local peer in the same JVM and checks that the summaries are identical. Prints one
 * line per measurement on stdout.
 */
public final class MonteCarloBenchmark {
  private MonteCarloBenchmark() {}

  public static void main(String[] args) throws java.io.IOException {
    String mode = args.length > 0 ? args[0] : "both";
    int draws = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    String master = args.length > 2 ? args[2] : "local[2]";
    int partitions = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    McProblem p = mode.startsWith("recal") ? recalibrating() : FlagshipProblem.problem();
    mode = mode.startsWith("recal") ? mode.substring("recal-".length()) : mode;
    McSummary spark = null;
    if (!mode.equals("local")) {
      long t0 = System.nanoTime();
      try (SparkSession s = open(master)) {
        long t1 = System.nanoTime();
        spark = MonteCarlo.run(s, p, draws, 2026L, partitions);
        long t2 = System.nanoTime();
        print("spark session start", (t1 - t0) / 1e9);
        print("spark monte carlo " + draws + " draws x 6 scenarios (" + master + ", " + partitions
            + " partitions)", (t2 - t1) / 1e9);
      }
      print("spark: wall since JVM start", (System.currentTimeMillis() - jvmStart) / 1e3);
      report(spark);
    }
    if (!mode.equals("spark")) {
      long t0 = System.nanoTime();
      McSummary local = MonteCarlo.runLocal(p, draws, 2026L);
      double sec = (System.nanoTime() - t0) / 1e9;
      print("local (1 thread) monte carlo " + draws + " draws x 6 scenarios", sec);
      // Per draw: snapback reuses the sanctioned solve and full relief the pre-sanction one, so
      // there are 4 solve calls, 3 of them non-trivial (pre-sanction takes 0 Newton iterations).
      int calls = 4 * draws;
      System.out.printf(Locale.ROOT, "cost per solve call: %.1f us (%d calls); per non-trivial solve:"
          + " %.1f us; mean Newton iterations: %s%n", sec / calls * 1e6, calls, sec / (3.0 * draws) * 1e6,
          local.meanIterations());
      if (spark != null) {
        System.out.println("spark summary identical to local: " + (spark.intervals().equals(local.intervals())
            && spark.differences().equals(local.differences())));
      }
      long t1 = System.nanoTime();
      Sensitivity.oneAtATime(p, "sanctioned", p.metrics().get(1));
      print("one-at-a-time tornado (5 parameters, 10 solves)", (System.nanoTime() - t1) / 1e9);
      if (spark == null) {
        report(local);
      }
    }
    print("total wall since JVM start", (System.currentTimeMillis() - jvmStart) / 1e3);
  }

  /** No cap; elasticities drawn; the Klaipeda wedge recalibrated in each draw to BLR volume -60%. */
  private static McProblem recalibrating() {
    TradeMatrix b = PotashFixture.base();
    return McProblem.of(b, PotashFixture.elasticities(), PotashFixture.scenarios(b, 0),
            FlagshipProblem.metrics(b))
        .withParameters(FlagshipProblem.parameters().subList(0, 3))
        .withReferences(Map.of("US relief", "sanctioned"))
        .withRecalibration(new Recalibration("sanctioned", List.of(Unknown.wedge("Klaipeda", 0.25)),
            List.of(Target.of("BLR volume", Outcome.of(Outcome.Kind.EXPORT_VOLUME_CHANGE, b, "BLR"), -0.60))));
  }

  private static SparkSession open(String master) {
    // The tuned settings of the integrator's SparkSessions.open (UI off, few partitions, no AQE).
    SparkSession s = SparkSession.builder().master(master).appName("tradeshock-mc-benchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    s.sparkContext().setLogLevel("WARN");
    return s;
  }

  private static void report(McSummary s) {
    String metric = s.metrics().get(1);
    for (String sc : s.scenarios()) {
      MetricInterval m = s.interval(sc, metric);
      System.out.printf(Locale.ROOT, "  %-22s %s: P5 %.4f P50 %.4f P95 %.4f (ok %d, failed %d)%n", sc,
          metric, m.stats().p5(), m.stats().p50(), m.stats().p95(), m.stats().ok(), m.stats().failed());
    }
  }

  private static void print(String what, double seconds) {
    System.out.printf(Locale.ROOT, "%s: %.2f s%n", what, seconds);
  }

}
