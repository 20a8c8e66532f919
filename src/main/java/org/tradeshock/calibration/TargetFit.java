package org.tradeshock.calibration;

/**
 * How well one target is reproduced.
 *
 * @param name the target's name
 * @param target the observed value
 * @param fitted the model value at the calibrated parameters (NaN if the final solve failed)
 * @param residual (fitted - target) / scale
 */
public record TargetFit(String name, double target, double fitted, double residual) {}
