package org.tradeshock.baseline;

import java.util.List;
import java.util.Set;
import org.tradeshock.common.Checks;

/**
 * Exporter and importer totals of one product and year, aggregated to model regions.
 *
 * @param regions region codes in model order
 * @param exportTonnes exports by region, tonnes
 * @param exportValueUsd exports by region, USD (NaN where no value is known)
 * @param importTonnes imports by region, tonnes
 * @param multiCountry regions of several countries, whose internal trade is kept on the diagonal
 */
public record RegionTotals(List<String> regions, double[] exportTonnes, double[] exportValueUsd,
    double[] importTonnes, Set<String> multiCountry) {

  /** Validates lengths and copies. */
  public RegionTotals {
    regions = List.copyOf(regions);
    int n = regions.size();
    Checks.check(exportTonnes.length == n && exportValueUsd.length == n && importTonnes.length == n,
        "region totals need %d entries per vector", n);
    exportTonnes = exportTonnes.clone();
    exportValueUsd = exportValueUsd.clone();
    importTonnes = importTonnes.clone();
    multiCountry = Set.copyOf(multiCountry);
  }

  @Override
  public double[] exportTonnes() {
    return exportTonnes.clone();
  }

  @Override
  public double[] exportValueUsd() {
    return exportValueUsd.clone();
  }

  @Override
  public double[] importTonnes() {
    return importTonnes.clone();
  }
}
