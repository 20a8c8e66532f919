package org.tradeshock.scenario;

/**
 * The change from a reference state to a scenario state: ratios for prices, volumes and revenues,
 * differences for welfare (which is measured from the base year in both states).
 *
 * @param scenario the state reached
 * @param reference the state it is compared with
 * @param baseExportShares base-year export value shares, the weights of the world (fob) price index
 * @param baseImportShares base-year import value shares, the weights of the market price index
 */
public record Delta(Outcome scenario, Outcome reference, double[] baseExportShares, double[] baseImportShares) {

  /** Relative change of exporter i's world price, e.g. 0.05 = +5%. */
  public double worldPrice(int i) {
    return scenario.worldPrice()[i] / reference.worldPrice()[i] - 1;
  }

  /**
   * Relative change of the world fob price index: exporters' prices weighted by base export values.
   * It includes the sanctioned exporter's own (discounted) price, so it can fall when buyers pay
   * more; see {@link #marketPrice()} for the price buyers pay.
   */
  public double worldPriceIndex() {
    return index(scenario.worldPrice(), baseExportShares) / index(reference.worldPrice(), baseExportShares) - 1;
  }

  /**
   * Relative change of the world market price: importers' composite import prices (delivered, with
   * wedges) weighted by base import values. This is the price buyers pay.
   */
  public double marketPrice() {
    return index(scenario.importPrice(), baseImportShares) / index(reference.importPrice(), baseImportShares) - 1;
  }

  /** Relative change of exporter i's export volume; -1 when exports stop. */
  public double volume(int i) {
    return ratio(scenario.exportVolume()[i], reference.exportVolume()[i]);
  }

  /** Relative change of exporter i's export revenue. */
  public double revenue(int i) {
    return ratio(scenario.exportRevenue()[i], reference.exportRevenue()[i]);
  }

  /** Change of exporter i's export revenue in base-value units. */
  public double revenueDifference(int i) {
    return scenario.exportRevenue()[i] - reference.exportRevenue()[i];
  }

  /** Relative change of importer v's composite import price. */
  public double importPrice(int v) {
    return scenario.importPrice()[v] / reference.importPrice()[v] - 1;
  }

  /** Change of producer surplus of region r. */
  public double producerSurplus(int r) {
    return scenario.producerSurplus()[r] - reference.producerSurplus()[r];
  }

  /** Change of consumer surplus of region r. */
  public double consumerSurplus(int r) {
    return scenario.consumerSurplus()[r] - reference.consumerSurplus()[r];
  }

  /** Change of tariff (wedge) revenue of region r. */
  public double tariffRevenue(int r) {
    return scenario.tariffRevenue()[r] - reference.tariffRevenue()[r];
  }

  /** Change of net welfare of region r. */
  public double welfare(int r) {
    return scenario.welfare(r) - reference.welfare(r);
  }

  private static double index(double[] levels, double[] weights) {
    double s = 0;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i] * levels[i];
    }
    return s;
  }

  private static double ratio(double a, double b) {
    return b == 0 ? (a == 0 ? 0 : Double.POSITIVE_INFINITY) : a / b - 1;
  }
}
