package org.tradeshock.ingest.usgs;

import org.tradeshock.common.Checks;

/**
 * One country's mine production in a USGS Mineral Commodity Summaries world production table.
 *
 * @param edition the MCS edition, for example "MCS2025"
 * @param country country name as USGS prints it
 * @param year production year
 * @param quantity production in the table's unit (for potash: thousand metric tons K2O)
 * @param estimated whether USGS marks the figure "e" (estimated)
 */
public record UsgsProduction(String edition, String country, int year, double quantity, boolean estimated) {
  /** Validates the fields. */
  public UsgsProduction {
    Checks.nonBlank("edition", edition);
    Checks.nonBlank("country", country);
    Checks.check(year >= 1900 && year <= 2100, "year must be in 1900..2100 but was %d", year);
    Checks.nonNegative("quantity", quantity);
  }
}
