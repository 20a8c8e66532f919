package org.tradeshock.uncertainty;

import java.util.SplittableRandom;

/**
 * Gamma and beta variates for PERT draws: Marsaglia and Tsang (2000), "A simple method for
 * generating gamma variables", ACM TOMS 26(3), valid for shape &gt;= 1 (PERT shapes are in [1, 5]);
 * beta(a, b) = G_a / (G_a + G_b). Normals by the Marsaglia polar method.
 */
final class Gamma {
  private Gamma() {}

  static double beta(SplittableRandom rng, double a, double b) {
    double x = gamma(rng, a);
    double y = gamma(rng, b);
    return x / (x + y);
  }

  static double gamma(SplittableRandom rng, double shape) {
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal(rng);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = rng.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  static double normal(SplittableRandom rng) {
    while (true) {
      double u = 2 * rng.nextDouble() - 1;
      double v = 2 * rng.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2 * Math.log(s) / s);
      }
    }
  }
}
