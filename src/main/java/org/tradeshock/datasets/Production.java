package org.tradeshock.datasets;

import org.tradeshock.common.Checks;

/**
 * A country's potash mine production in one year as given by one edition of a source (a row of
 * {@code datasets/production.csv}).
 *
 * @param year calendar year
 * @param iso3 ISO3 code, or WLD (world) / OTH (other countries) for USGS aggregates
 * @param country country name as the source writes it
 * @param ktK2o production in thousand metric tons K2O, &gt;= 0
 * @param estimated true for a USGS estimate ("e") or an FAO carried-forward imputation
 * @param edition "USGS MCS 2025", "USGS MCS 2026" or "FAOSTAT RFN"
 * @param source publication and table
 */
public record Production(
    int year, String iso3, String country, double ktK2o, boolean estimated, String edition,
    String source) {

  /** Validates the fields. */
  public Production {
    Checks.check(year >= 1900 && year <= 2100, "year must be in 1900..2100 but was %d", year);
    Checks.check(iso3 != null && iso3.matches("[A-Z]{3}"),
        "iso3 must be a three-letter upper-case code but was '%s'", iso3);
    Checks.nonBlank("country", country);
    Checks.nonNegative("kt_k2o of " + iso3 + " " + year, ktK2o);
    Checks.nonBlank("edition", edition);
    Checks.nonBlank("source", source);
  }
}
