package org.tradeshock.uncertainty;

import java.util.List;
import java.util.Map;
import org.tradeshock.calibration.Outcome;
import org.tradeshock.calibration.PotashFixture;
import org.tradeshock.model.TradeMatrix;

/** The six potash scenarios with uncertain elasticities and wedges, for tests and the benchmark. */
public final class FlagshipProblem {
  private FlagshipProblem() {}

  /** Headline metrics: BLR volume and revenue, world price index, CHN composite price, BLR welfare. */
  public static List<Outcome> metrics(TradeMatrix b) {
    return List.of(
        Outcome.of(Outcome.Kind.EXPORT_VOLUME_CHANGE, b, "BLR"),
        Outcome.of(Outcome.Kind.EXPORT_REVENUE_CHANGE, b, "BLR"),
        Outcome.worldPriceIndex(),
        Outcome.of(Outcome.Kind.COMPOSITE_PRICE_CHANGE, b, "CHN"),
        Outcome.of(Outcome.Kind.WELFARE, b, "BLR"));
  }

  /**
   * Illustrative ranges (not yet the datasets' ranges, which the integrator wires in): potash
   * import demand is inelastic, substitution between origins of a homogeneous fertiliser is high,
   * and export supply of mines running near capacity is moderate; the wedges are +/- about half
   * the hand-set values.
   */
  public static List<Parameter> parameters() {
    return List.of(
        Parameter.elasticity("import demand Em", Parameter.Kind.IMPORT_DEMAND,
            ParameterDistribution.pert(-0.8, -0.4, -0.2), "illustrative"),
        Parameter.elasticity("substitution sigma", Parameter.Kind.SUBSTITUTION,
            ParameterDistribution.pert(2, 4, 8), "illustrative"),
        Parameter.elasticity("export supply Ex", Parameter.Kind.EXPORT_SUPPLY,
            ParameterDistribution.pert(0.5, 1, 2), "illustrative"),
        Parameter.measure("Klaipeda", ParameterDistribution.pert(0.10, 0.25, 0.40), "hand-set +/-"),
        Parameter.measure("US financial", ParameterDistribution.pert(0.05, 0.10, 0.20), "hand-set +/-"));
  }

  /** The problem on the potash fixture with a 3 Mt Russian-route cap when Klaipeda is closed. */
  public static McProblem problem() {
    TradeMatrix b = PotashFixture.base();
    return McProblem.of(b, PotashFixture.elasticities(), PotashFixture.scenarios(b, 3.0), metrics(b))
        .withParameters(parameters())
        .withReferences(Map.of("US relief", "sanctioned", "US relief + Klaipeda", "sanctioned",
            "full relief", "sanctioned", "snapback", "US relief"));
  }
}
