package org.tradeshock.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.PotashFixture;
import org.tradeshock.model.TradeMatrix;

class SensitivityTest {
  private static final TradeMatrix BASE = PotashFixture.base();
  private static final Outcome REVENUE = Outcome.of(Outcome.Kind.EXPORT_REVENUE_CHANGE, BASE, "BLR");
  private static final String REVENUE_LABEL = "export revenue change BLR";

  /** The six potash scenarios without a route cap, so every wedge reaches Belarus's fob price. */
  private static McProblem uncapped() {
    return McProblem.of(BASE, PotashFixture.elasticities(), PotashFixture.scenarios(BASE, 0), FlagshipProblem.metrics(BASE))
        .withParameters(FlagshipProblem.parameters())
        .withReferences(Map.of("US relief", "sanctioned"));
  }

  private static TornadoBar bar(List<TornadoBar> bars, String parameter) {
    return bars.stream().filter(b -> b.parameter().equals(parameter)).findFirst().orElseThrow();
  }

  @Test
  void aWedgeThatReliefRemovesMovesTheReliefEffectButNotTheRelievedStateAgainstTheBase() {
    McProblem p = uncapped();
    TornadoBar fromBase = bar(Sensitivity.oneAtATime(p, "US relief", REVENUE), "US financial");
    TornadoBar relief = bar(Sensitivity.oneAtATime(p, "US relief", "sanctioned", REVENUE), "US financial");
    // "US relief" has no US financial wedge, so against the base year the wedge's range does nothing...
    assertEquals(0, fromBase.swing(), 0);
    // ...but against the sanctioned state a larger wedge means a lower starting point and a larger gain.
    assertTrue(relief.highOutput() > relief.lowOutput() + 0.01, relief.toString());
    assertTrue(relief.lowOutput() > 0, "removing sanctions raises revenue even at the low end: " + relief);
  }

  @Test
  void theReliefTornadoIsCentredOnTheRevenueRatioOfTheTwoCentralSolves() {
    McProblem p = uncapped();
    McSummary mc = MonteCarlo.runLocal(p, 10, 1L);
    double relief = mc.interval("US relief", REVENUE_LABEL).central();
    double sanctioned = mc.interval("sanctioned", REVENUE_LABEL).central();
    List<TornadoBar> bars = Sensitivity.oneAtATime(p, "US relief", "sanctioned", REVENUE);
    assertEquals(5, bars.size());
    for (TornadoBar b : bars) {
      // revenue(relief) / revenue(sanctioned) - 1, both measured from the same base revenue
      assertEquals((1 + relief) / (1 + sanctioned) - 1, b.central(), 1e-12);
    }
    for (int k = 1; k < bars.size(); k++) {
      assertTrue(bars.get(k - 1).swing() >= bars.get(k).swing(), bars.toString());
    }
  }

  @Test
  void theSweepGivesEveryScenarioAndMetricAtEachEndAndAgreesWithTheTornado() {
    McProblem p = uncapped();
    Sweep s = Sensitivity.sweep(p);
    assertEquals(6, s.scenarios().size());
    assertEquals(5, s.metrics().size());
    int sigma = 1;
    assertEquals("substitution sigma", s.parameters().get(sigma).name());
    TornadoBar fromSweep = bar(s.tornado("US relief", "sanctioned", REVENUE_LABEL), "substitution sigma");
    TornadoBar direct = bar(Sensitivity.oneAtATime(p, "US relief", "sanctioned", REVENUE), "substitution sigma");
    assertEquals(direct.lowOutput(), fromSweep.lowOutput(), 1e-12);
    assertEquals(direct.highOutput(), fromSweep.highOutput(), 1e-12);
    assertEquals(direct.lowOutput(), s.relative(sigma, Sweep.End.LOW, "US relief", "sanctioned", REVENUE_LABEL), 1e-12);
    // a higher sigma lets buyers switch away from Belarus more easily, so sanctions cost it more revenue
    assertTrue(s.value(sigma, Sweep.End.HIGH, "sanctioned", REVENUE_LABEL)
        < s.value(sigma, Sweep.End.LOW, "sanctioned", REVENUE_LABEL));
    // the pre-sanction scenario is the base at any parameter value
    assertEquals(0, s.value(sigma, Sweep.End.HIGH, "pre-sanction", REVENUE_LABEL), 1e-12);
  }
}
