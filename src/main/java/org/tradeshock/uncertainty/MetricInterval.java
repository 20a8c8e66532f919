package org.tradeshock.uncertainty;

/**
 * The interval of one metric in one scenario.
 *
 * @param scenario scenario name
 * @param metric metric label, e.g. "export revenue change BLR"
 * @param central value at the central parameters (NaN if that solve failed)
 * @param stats P5, P50, P95, mean and draw counts
 */
public record MetricInterval(String scenario, String metric, double central, Quantiles stats) {}
