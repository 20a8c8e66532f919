package org.tradeshock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CesMarketTest {

  static Stream<Arguments> markets() {
    return Stream.of(
        Arguments.of("CES, FTA", GsimFixtures.elasticities(), GsimFixtures.fta()),
        Arguments.of("CES, embargo JP->US", GsimFixtures.elasticities(),
            GsimFixtures.withPower(GsimFixtures.JP, GsimFixtures.US, Double.POSITIVE_INFINITY)),
        Arguments.of("Cobb-Douglas, FTA", Elasticities.uniform(4, -0.7, 1, 2.0), GsimFixtures.fta()),
        Arguments.of("mixed elasticities", new Elasticities(new double[] {-1, -2, -0.5, -1.25},
            new double[] {3, 0.5, 8, 1.5}, new double[] {0.5, 4, 1, 1.5}), GsimFixtures.fta()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markets")
  void analyticJacobianMatchesCentralDifferences(String name, Elasticities e, double[][] t1) {
    CesMarket market = new CesMarket(GsimFixtures.base(), e, t1);
    double[] y = {0.08, -0.05, 0.03, -0.11}; // an arbitrary point away from the solution
    double[][] jac = market.jacobian(market.evaluate(y));
    double h = 1e-6;
    for (int j = 0; j < 4; j++) {
      double[] up = y.clone();
      double[] down = y.clone();
      up[j] += h;
      down[j] -= h;
      double[] fUp = market.evaluate(up).residual;
      double[] fDown = market.evaluate(down).residual;
      for (int i = 0; i < 4; i++) {
        double numeric = (fUp[i] - fDown[i]) / (2 * h);
        // central differences are accurate to O(h^2) = 1e-12 plus rounding ~1e-16/h = 1e-10
        assertEquals(numeric, jac[i][j], 1e-7, "d f" + i + " / d y" + j);
      }
    }
  }
}
