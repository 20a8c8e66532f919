/**
 * Calibration of sanction wedges and capacity limits to observed post-sanction outcomes.
 *
 * <p>Scenarios are {@link org.tradeshock.calibration.ScenarioSpec}s of named
 * {@link org.tradeshock.calibration.Measure}s (ad-valorem wedges or embargoes on an exporter's
 * routes) and {@link org.tradeshock.model.Capacity} limits. Any measure or cap can be overridden
 * by name, which is how hand-set wedges, calibrated wedges and Monte Carlo draws share one
 * description. {@link org.tradeshock.calibration.Calibrator} solves for
 * {@link org.tradeshock.calibration.Unknown}s so that {@link org.tradeshock.calibration.Target}s
 * (each an {@link org.tradeshock.calibration.Outcome} with an observed value) are reproduced. It
 * returns a {@link org.tradeshock.calibration.CalibrationResult} with the fit per target. The
 * parameter-to-shock mapping is the functional interface
 * {@link org.tradeshock.calibration.ShockMap}, usually {@code spec.mapping(base, names)}.
 *
 * <p>Identification: two exporter-wide wedges on the same exporter (US financial sanctions and
 * the Klaipeda closure) enter the model only through their product (1 + t1)(1 + t2), so only one of
 * them can be calibrated; keep the other hand-set. Belarus's export volume and its share of world
 * exports move almost together, so they pin down one parameter, not two. Pair a volume target with
 * a price target (a composite price or the import price index) to identify a second one. The
 * executable example is {@code EngineExampleTest}.
 */
package org.tradeshock.calibration;
