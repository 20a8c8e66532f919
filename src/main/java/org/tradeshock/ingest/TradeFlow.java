package org.tradeshock.ingest;

import org.tradeshock.common.Checks;

/**
 * One row of the normalised flows table that the model layer consumes: what one exporter shipped to
 * one importer of one product in one year.
 *
 * @param year calendar year
 * @param exporter exporter code (ISO3 or a model region code)
 * @param importer importer code (ISO3 or a model region code)
 * @param product product code (HS6 such as "310420", or a label such as "MOP")
 * @param valueUsd value in US dollars, &gt;= 0
 * @param tonnes quantity in metric tons, &gt;= 0, or NaN when not known
 * @param source the publication or file the figure comes from
 * @param basis how the figure was obtained
 */
public record TradeFlow(
    int year,
    String exporter,
    String importer,
    String product,
    double valueUsd,
    double tonnes,
    String source,
    Basis basis) {

  /** How a flow figure was obtained. */
  public enum Basis {
    /** Reported by the exporter. */
    REPORTED,
    /** Rebuilt from the importer's report (mirror flow). */
    MIRROR,
    /** Estimated by a model (for example RAS balancing of totals). */
    ESTIMATED
  }

  /** Validates the fields. */
  public TradeFlow {
    Checks.check(year >= 1900 && year <= 2100, "year must be in 1900..2100 but was %d", year);
    Checks.nonBlank("exporter", exporter);
    Checks.nonBlank("importer", importer);
    Checks.nonBlank("product", product);
    Checks.nonNegative("valueUsd of " + exporter + "->" + importer, valueUsd);
    Checks.check(Double.isNaN(tonnes) || tonnes >= 0, "tonnes of %s->%s must be >= 0 or unknown but was %s",
        exporter, importer, tonnes);
    Checks.nonBlank("source", source);
    java.util.Objects.requireNonNull(basis, "basis");
  }
}
