package org.tradeshock.ingest.faostat;

import org.tradeshock.common.Checks;

/**
 * One FAOSTAT fertilizer figure.
 *
 * @param area country or region name
 * @param element "Export Quantity", "Import Value", "Production", "Agricultural Use", ...
 * @param item "Potassium chloride (muriate of potash) (MOP)", "Nutrient potash K2O (total)", ...
 * @param year year
 * @param unit "tonnes", "t", "1000 US$", ...
 * @param value the figure
 * @param flag FAOSTAT flag ("A", "E", "R", ...), empty when absent
 */
public record FaostatRecord(String area, String element, String item, int year, String unit, double value,
    String flag) {
  /** Validates the fields. */
  public FaostatRecord {
    Checks.nonBlank("area", area);
    Checks.nonBlank("element", element);
    Checks.nonBlank("item", item);
    Checks.check(year >= 1900 && year <= 2100, "year must be in 1900..2100 but was %d", year);
    Checks.finite("value", value);
  }
}
