package org.tradeshock.calibration;

import java.io.Serializable;

/**
 * Maps a vector of unknown parameters (calibrated wedges, capacity limits) to a {@link Shock}; the
 * integrator plugs a job's measures in here, e.g. {@code spec.mapping(base, names)} or a lambda.
 * Serializable so that Monte Carlo draws can ship it to Spark executors.
 */
@FunctionalInterface
public interface ShockMap extends Serializable {
  /** The shock for {@code parameters} (in the order of the calibration's unknowns). */
  Shock at(double[] parameters);
}
