package org.tradeshock.ingest.mirror;

import org.tradeshock.common.Checks;

/**
 * One country's report of its trade with a partner, as read from the cache: the input of mirror
 * reconciliation.
 *
 * @param year calendar year
 * @param reporter ISO3 of the reporting country
 * @param partner ISO3 of the partner
 * @param export true when the reporter declares an export to the partner, false for an import from it
 * @param product HS code
 * @param valueUsd declared value in USD (exports f.o.b., imports c.i.f.), &gt;= 0
 * @param tonnes declared net weight in tonnes, or NaN when unknown
 * @param source file or publication the report comes from
 */
public record ReportedFlow(int year, String reporter, String partner, boolean export, String product,
    double valueUsd, double tonnes, String source) {

  /** Validates the fields. */
  public ReportedFlow {
    Checks.nonBlank("reporter", reporter);
    Checks.nonBlank("partner", partner);
    Checks.nonBlank("product", product);
    Checks.nonNegative("valueUsd", valueUsd);
    Checks.check(Double.isNaN(tonnes) || tonnes >= 0, "tonnes must be >= 0 or NaN but was %s", tonnes);
    Checks.nonBlank("source", source);
  }

  /** The exporter of the flow this report describes. */
  public String exporter() {
    return export ? reporter : partner;
  }

  /** The importer of the flow this report describes. */
  public String importer() {
    return export ? partner : reporter;
  }
}
