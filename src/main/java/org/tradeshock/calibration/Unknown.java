package org.tradeshock.calibration;

import org.tradeshock.common.Checks;

/**
 * A parameter the calibration solves for: an ad-valorem wedge (lower bound 0) or a capacity limit
 * (lower bound &gt; 0), named as the measure or capacity it overrides.
 *
 * @param name the measure name or capacity id
 * @param initial starting value, within the bounds
 * @param lower lower bound, finite
 * @param upper upper bound, &gt; lower (may be +Infinity)
 */
public record Unknown(String name, double initial, double lower, double upper)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the fields. */
  public Unknown {
    Checks.nonBlank("unknown name", name);
    Checks.finite("unknown " + name + " lower bound", lower);
    Checks.check(upper > lower, "unknown %s: upper bound must be > lower bound %s but was %s", name,
        lower, upper);
    Checks.check(initial >= lower && initial <= upper,
        "unknown %s: initial value must lie in [%s, %s] but was %s", name, lower, upper, initial);
  }

  /** A copy starting at {@code x} (clamped to the bounds). */
  public Unknown startingAt(double x) {
    return new Unknown(name, clamp(x), lower, upper);
  }

  /** An ad-valorem wedge in [0, +Infinity) starting at {@code initial}. */
  public static Unknown wedge(String name, double initial) {
    return new Unknown(name, initial, 0, Double.POSITIVE_INFINITY);
  }

  /** A capacity limit in [1e-9 x initial, +Infinity) starting at {@code initial} (&gt; 0). */
  public static Unknown capacity(String name, double initial) {
    Checks.positive("unknown " + name + " initial capacity", initial);
    return new Unknown(name, initial, 1e-9 * initial, Double.POSITIVE_INFINITY);
  }

  double clamp(double x) {
    return Math.min(upper, Math.max(lower, x));
  }
}
