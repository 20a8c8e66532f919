package org.tradeshock.calibration;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a calibration: parameter values, fit per target and convergence.
 *
 * <p>Non-convergence is a flagged result, not an exception, so that a report can show the best fit
 * found and say it did not converge; call {@link #requireConverged()} where only a converged fit
 * will do.
 *
 * @param names unknown names, in order
 * @param values calibrated values, in the same order
 * @param fits fitted against observed, per target
 * @param iterations Levenberg-Marquardt iterations taken
 * @param solves model solves used (including finite-difference Jacobians)
 * @param converged true when every |residual| &lt;= tolerance (exact fit), or, for a system with
 *     more targets than unknowns, when the least-squares steps stopped moving the parameters
 * @param rmse root mean square of the scaled residuals
 * @param note what stopped the iteration, in words
 */
public record CalibrationResult(List<String> names, double[] values, List<TargetFit> fits,
    int iterations, int solves, boolean converged, double rmse, String note) {

  /** Copies the lists and array. */
  public CalibrationResult {
    names = List.copyOf(names);
    values = values.clone();
    fits = List.copyOf(fits);
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** The calibrated value of {@code name}. */
  public double value(String name) {
    int k = names.indexOf(name);
    org.tradeshock.common.Checks.check(k >= 0, "no calibrated parameter '%s': expected one of %s", name,
        names);
    return values[k];
  }

  /** The values as overrides for {@link ScenarioSpec#shock(org.tradeshock.model.TradeMatrix, Map)}. */
  public Map<String, Double> overrides() {
    Map<String, Double> m = new HashMap<>();
    for (int k = 0; k < values.length; k++) {
      m.put(names.get(k), values[k]);
    }
    return Map.copyOf(m);
  }

  /** Returns this result if it converged, else throws naming the fit and why it stopped. */
  public CalibrationResult requireConverged() {
    if (!converged) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "calibration of %s did not converge after %d iterations (%s): rmse %s, values %s", names,
          iterations, note, rmse, java.util.Arrays.toString(values)));
    }
    return this;
  }
}
