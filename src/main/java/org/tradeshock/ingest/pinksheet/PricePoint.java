package org.tradeshock.ingest.pinksheet;

import org.tradeshock.common.Checks;

/**
 * One price observation of a Pink Sheet series.
 *
 * @param year calendar year
 * @param month 1..12 for monthly series, 0 for annual ones
 * @param value price in the series' unit (for example USD per metric ton), finite
 */
public record PricePoint(int year, int month, double value) {
  /** Validates the fields. */
  public PricePoint {
    Checks.check(year >= 1900 && year <= 2100, "year must be in 1900..2100 but was %d", year);
    Checks.check(month >= 0 && month <= 12, "month must be 0 (annual) or 1..12 but was %d", month);
    Checks.finite("value", value);
  }
}
