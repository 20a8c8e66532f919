package org.tradeshock.uncertainty;

/**
 * The interval of the per-draw difference of a metric between a scenario and its reference, e.g.
 * "US relief" minus "sanctioned"; a draw counts as failed when either scenario failed in it.
 *
 * @param scenario scenario name
 * @param reference reference scenario name
 * @param metric metric label
 * @param central difference at the central parameters
 * @param stats P5, P50, P95, mean and draw counts of the difference
 */
public record DifferenceInterval(
    String scenario, String reference, String metric, double central, Quantiles stats) {}
