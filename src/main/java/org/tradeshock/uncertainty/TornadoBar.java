package org.tradeshock.uncertainty;

/**
 * One bar of a tornado chart: the metric with one parameter at the low and at the high end of its
 * range, all others central.
 *
 * @param parameter parameter name
 * @param lowInput the parameter's low value
 * @param highInput the parameter's high value
 * @param lowOutput the metric with the parameter at {@code lowInput}
 * @param highOutput the metric with the parameter at {@code highInput}
 * @param central the metric with every parameter central
 */
public record TornadoBar(String parameter, double lowInput, double highInput, double lowOutput,
    double highOutput, double central) {

  /** |highOutput - lowOutput|, the bar's length; NaN when either solve failed. */
  public double swing() {
    return Math.abs(highOutput - lowOutput);
  }
}
