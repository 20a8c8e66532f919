package org.tradeshock.calibration;

import java.util.Objects;
import org.tradeshock.common.Checks;

/**
 * An observed outcome the calibration must reproduce, e.g. Belarus's export volume change of -0.60
 * (FAOSTAT K2O exports, 2019-21 avg 6.82 Mt to 2022-23 avg 2.76 Mt).
 *
 * @param name label for reports
 * @param outcome the model output compared with the observation
 * @param value the observed value, finite
 * @param scale residual scale, &gt; 0: the misfit is (fitted - value) / scale, so targets in
 *     different units weigh alike (1 for fractions and shares)
 */
public record Target(String name, Outcome outcome, double value, double scale)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the fields. */
  public Target {
    Checks.nonBlank("target name", name);
    Objects.requireNonNull(outcome, "outcome");
    Checks.finite("target " + name + " value", value);
    Checks.positive("target " + name + " scale", scale);
  }

  /** A target on a fraction or share (scale 1). */
  public static Target of(String name, Outcome outcome, double value) {
    return new Target(name, outcome, value, 1);
  }
}
