package org.tradeshock.uncertainty;

import java.io.Serializable;
import java.util.Objects;
import java.util.SplittableRandom;
import org.tradeshock.common.Checks;

/**
 * A distribution for one uncertain parameter, built from a published (low, central, high) range.
 *
 * <p>The default is PERT (a scaled beta with shape 1 + 4 (mode - low) / (high - low) and
 * 1 + 4 (high - mode) / (high - low); Malcolm et al. 1959, Vose 2008 "Risk Analysis" ch. 9):
 * bounded, so a draw never leaves the published range or flips an elasticity's sign; peaked at the
 * central estimate; and with thinner tails than the triangular, which over-weights the ends of
 * ranges that are usually the extremes of a literature survey. Its mean is (low + 4 mode + high) /
 * 6. TRIANGULAR is offered for comparison; FIXED pins the parameter at its central value.
 *
 * @param shape the family
 * @param low lower end of the range, finite
 * @param mode central estimate, in [low, high]
 * @param high upper end of the range, finite, &gt;= low (equal only for FIXED)
 */
public record ParameterDistribution(Shape shape, double low, double mode, double high)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Distribution families. */
  public enum Shape {
    /** Beta-PERT with lambda = 4. */
    PERT,
    /** Triangular on [low, high] with the given mode. */
    TRIANGULAR,
    /** A point mass at the mode. */
    FIXED
  }

  /** Validates the range. */
  public ParameterDistribution {
    Objects.requireNonNull(shape, "shape");
    Checks.finite("distribution low", low);
    Checks.finite("distribution mode", mode);
    Checks.finite("distribution high", high);
    Checks.check(low <= mode && mode <= high,
        "distribution range must satisfy low <= central <= high but was (%s, %s, %s)", low, mode, high);
    Checks.check(shape == Shape.FIXED || high > low,
        "a %s distribution needs high > low but the range was (%s, %s, %s)", shape, low, mode, high);
  }

  /** PERT over (low, central, high). */
  public static ParameterDistribution pert(double low, double central, double high) {
    return new ParameterDistribution(Shape.PERT, low, central, high);
  }

  /** Triangular over (low, central, high). */
  public static ParameterDistribution triangular(double low, double central, double high) {
    return new ParameterDistribution(Shape.TRIANGULAR, low, central, high);
  }

  /** Always {@code value}. */
  public static ParameterDistribution fixed(double value) {
    return new ParameterDistribution(Shape.FIXED, value, value, value);
  }

  /** One draw; consumes a shape-dependent number of values from {@code rng}. */
  public double sample(SplittableRandom rng) {
    return switch (shape) {
      case FIXED -> mode;
      case TRIANGULAR -> triangular(rng.nextDouble());
      case PERT -> low + (high - low) * Gamma.beta(rng, alpha(), beta());
    };
  }

  /** The mean: (low + 4 mode + high)/6 for PERT, (low + mode + high)/3 for triangular. */
  public double mean() {
    return switch (shape) {
      case FIXED -> mode;
      case TRIANGULAR -> (low + mode + high) / 3;
      case PERT -> (low + 4 * mode + high) / 6;
    };
  }

  private double alpha() {
    return 1 + 4 * (mode - low) / (high - low);
  }

  private double beta() {
    return 1 + 4 * (high - mode) / (high - low);
  }

  /** Inverse CDF of the triangular distribution at u in [0, 1). */
  private double triangular(double u) {
    double w = high - low;
    double c = (mode - low) / w;
    return u < c ? low + Math.sqrt(u * w * (mode - low)) : high - Math.sqrt((1 - u) * w * (high - mode));
  }
}
