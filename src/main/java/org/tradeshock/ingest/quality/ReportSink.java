package org.tradeshock.ingest.quality;

/**
 * Receives validated trade reports from a raw-format reader: what {@code reporter} declared about
 * its trade with {@code partner}. BACI rows arrive as exports of the exporter.
 */
@FunctionalInterface
public interface ReportSink {
  /**
   * Accepts one validated report.
   *
   * @param year calendar year
   * @param reporter ISO3 of the reporting country
   * @param partner ISO3 of the partner
   * @param export true for the reporter's exports, false for its imports
   * @param product HS code (2 to 6 digits)
   * @param valueUsd value in US dollars, &gt;= 0
   * @param tonnes quantity in tonnes, &gt;= 0, or NaN when unknown
   */
  void accept(int year, String reporter, String partner, boolean export, String product,
      double valueUsd, double tonnes);
}
