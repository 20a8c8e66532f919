package org.tradeshock.model;

import java.util.List;
import org.tradeshock.common.Checks;

/**
 * A solved GSIM equilibrium. Changes are fractions (0.05 = +5%); money is in the base matrix's
 * value unit; quantities are in base-value units (base world prices are 1).
 *
 * @param regions region codes in matrix order
 * @param newPowers counterfactual tariff powers T1
 * @param worldPriceChange P^*(i): change of exporter i's world (fob) price
 * @param newQuantities bilateral quantities M1(i,v) in base-value units
 * @param newValues bilateral values at new world prices, P*_i x M1(i,v)
 * @param compositePriceChange P^(v): change of importer v's composite import price
 * @param producerSurplus change of producer surplus by region (as exporter)
 * @param consumerSurplus change of consumer surplus by region (as importer)
 * @param tariffRevenue change of tariff (wedge) revenue by region (as importer)
 * @param diagnostics solver method, iterations and residual
 * @param capacities status of each capacity limit of the solve (empty when none); capacity rents
 *     are not part of {@link #welfare()}, see {@link CapacityStatus}
 */
public record GsimSolution(
    List<String> regions,
    double[][] newPowers,
    double[] worldPriceChange,
    double[][] newQuantities,
    double[][] newValues,
    double[] compositePriceChange,
    double[] producerSurplus,
    double[] consumerSurplus,
    double[] tariffRevenue,
    SolverDiagnostics diagnostics,
    List<CapacityStatus> capacities) {

  /** Checks shapes and takes defensive copies. */
  public GsimSolution {
    regions = List.copyOf(regions);
    int n = regions.size();
    newPowers = copyAny("newPowers", newPowers, n);
    newQuantities = TradeMatrix.copySquare("newQuantities", newQuantities, n);
    newValues = TradeMatrix.copySquare("newValues", newValues, n);
    worldPriceChange = vector("worldPriceChange", worldPriceChange, n);
    compositePriceChange = vector("compositePriceChange", compositePriceChange, n);
    producerSurplus = vector("producerSurplus", producerSurplus, n);
    consumerSurplus = vector("consumerSurplus", consumerSurplus, n);
    tariffRevenue = vector("tariffRevenue", tariffRevenue, n);
    java.util.Objects.requireNonNull(diagnostics, "diagnostics");
    capacities = List.copyOf(capacities);
  }

  /** A solution without capacity limits (the form used before capacities existed). */
  public GsimSolution(List<String> regions, double[][] newPowers, double[] worldPriceChange,
      double[][] newQuantities, double[][] newValues, double[] compositePriceChange,
      double[] producerSurplus, double[] consumerSurplus, double[] tariffRevenue,
      SolverDiagnostics diagnostics) {
    this(regions, newPowers, worldPriceChange, newQuantities, newValues, compositePriceChange,
        producerSurplus, consumerSurplus, tariffRevenue, diagnostics, List.of());
  }

  /** Ids of the capacity limits that bind in this solution, in the order given to the solver. */
  public List<String> bindingCapacities() {
    return capacities.stream().filter(CapacityStatus::binding).map(CapacityStatus::id).toList();
  }

  /** Net welfare change by region: producer surplus + consumer surplus + tariff revenue. */
  public double[] welfare() {
    double[] w = new double[regions.size()];
    for (int r = 0; r < w.length; r++) {
      w[r] = producerSurplus[r] + consumerSurplus[r] + tariffRevenue[r];
    }
    return w;
  }

  /** Export volume of exporter i after the shock, in base-value units: sum_v M1(i,v). */
  public double exportVolume(int i) {
    double s = 0;
    for (double q : newQuantities[i]) {
      s += q;
    }
    return s;
  }

  /** Export revenue of exporter i at new world prices: sum_v P*_i M1(i,v). */
  public double exportRevenue(int i) {
    double s = 0;
    for (double x : newValues[i]) {
      s += x;
    }
    return s;
  }

  /** Total imports of v at new world prices (fob basis): sum_i P*_i M1(i,v). */
  public double importValue(int v) {
    double s = 0;
    for (double[] row : newValues) {
      s += row[v];
    }
    return s;
  }

  @Override
  public double[][] newPowers() {
    return TradeMatrix.copy(newPowers);
  }

  @Override
  public double[][] newQuantities() {
    return TradeMatrix.copy(newQuantities);
  }

  @Override
  public double[][] newValues() {
    return TradeMatrix.copy(newValues);
  }

  @Override
  public double[] worldPriceChange() {
    return worldPriceChange.clone();
  }

  @Override
  public double[] compositePriceChange() {
    return compositePriceChange.clone();
  }

  @Override
  public double[] producerSurplus() {
    return producerSurplus.clone();
  }

  @Override
  public double[] consumerSurplus() {
    return consumerSurplus.clone();
  }

  @Override
  public double[] tariffRevenue() {
    return tariffRevenue.clone();
  }

  private static double[] vector(String name, double[] a, int n) {
    Checks.check(a != null && a.length == n, "%s must have %d entries", name, n);
    return a.clone();
  }

  private static double[][] copyAny(String name, double[][] a, int n) {
    // New powers may hold +Infinity (embargo), so only the shape is checked here.
    return TradeMatrix.copySquare(name, a, n);
  }
}
