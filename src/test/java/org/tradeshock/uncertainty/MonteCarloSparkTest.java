package org.tradeshock.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("spark")
class MonteCarloSparkTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("MonteCarloSparkTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void sameSeedGivesIdenticalResultsOn1And2And8PartitionsAndLocally() {
    McProblem p = FlagshipProblem.problem();
    McSummary local = MonteCarlo.runLocal(p, 24, 11L);
    for (int partitions : new int[] {1, 2, 8}) {
      McSummary s = MonteCarlo.run(spark, p, 24, 11L, partitions);
      assertEquals(local.intervals(), s.intervals(), "intervals, " + partitions + " partitions");
      assertEquals(local.differences(), s.differences(), "differences, " + partitions + " partitions");
      assertEquals(local.failures(), s.failures());
      assertEquals(local.bindingShare(), s.bindingShare());
      for (String sc : local.scenarios()) {
        for (String m : local.metrics()) {
          // bit-identical: tolerance 0
          assertArrayEquals(local.values(sc, m), s.values(sc, m), 0.0, sc + " " + m);
        }
      }
    }
  }
}
