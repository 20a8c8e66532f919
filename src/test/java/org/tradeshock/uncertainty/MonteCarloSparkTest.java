package org.tradeshock.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.PotashFixture;
import org.tradeshock.calibration.Target;
import org.tradeshock.calibration.Unknown;
import org.tradeshock.model.TradeMatrix;

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
  void recalibratingInEveryDrawGivesTheSameWedgesAndResultsOnAnyPartitioning() {
    TradeMatrix b = PotashFixture.base();
    // elasticities and the hand-set US financial wedge drawn, Klaipeda re-fitted in every draw (as the flagship)
    List<Parameter> drawn = FlagshipProblem.parameters().stream().filter(x -> !x.name().equals("Klaipeda")).toList();
    McProblem p = McProblem.of(b, PotashFixture.elasticities(), PotashFixture.scenarios(b, 0), FlagshipProblem.metrics(b))
        .withParameters(drawn)
        .withReferences(Map.of("US relief", "sanctioned"))
        .withRecalibration(new Recalibration("sanctioned", List.of(Unknown.wedge("Klaipeda", 0.25)),
            // FAOSTAT: Belarus K2O exports 2019-21 avg 6.82 Mt -> 2022-23 avg 2.76 Mt, about -60%
            List.of(Target.of("BLR export volume", Outcome.of(Outcome.Kind.EXPORT_VOLUME_CHANGE, b, "BLR"), -0.60))));
    McSummary local = MonteCarlo.runLocal(p, 6, 13L);
    assertEquals(0, local.calibrationFailures());
    assertEquals(6, local.calibrated().get("Klaipeda").ok());
    for (int partitions : new int[] {1, 3}) {
      McSummary s = MonteCarlo.run(spark, p, 6, 13L, partitions);
      assertEquals(local.calibrated(), s.calibrated(), "re-calibrated wedges, " + partitions + " partitions");
      assertEquals(local.calibrationFailures(), s.calibrationFailures());
      assertEquals(local.intervals(), s.intervals(), "intervals, " + partitions + " partitions");
      for (String sc : local.scenarios()) {
        assertArrayEquals(local.values(sc, "export revenue change BLR"), s.values(sc, "export revenue change BLR"),
            0.0, sc);
      }
    }
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
