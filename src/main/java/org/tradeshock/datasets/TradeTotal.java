package org.tradeshock.datasets;

import java.util.Objects;
import java.util.Set;
import org.tradeshock.common.Checks;

/**
 * One country's total potash exports or imports of one product in one year (a row of
 * {@code datasets/trade_totals.csv}).
 *
 * @param year calendar year
 * @param iso3 ISO 3166 alpha-3 code of the reporting country
 * @param country country name as the source writes it
 * @param flow {@link #EXPORT} or {@link #IMPORT}
 * @param product {@link #MOP} (potassium chloride, product tonnes) or {@link #K2O} (nutrient tonnes)
 * @param tonnes quantity in metric tons, &gt;= 0, or NaN when unknown
 * @param valueUsd value in US dollars, &gt;= 0, or NaN when unknown
 * @param flag the source's data flag (FAO: R, A, E, I, X, Qm ...), empty when none
 * @param source publication, table and year the row comes from
 */
public record TradeTotal(
    int year,
    String iso3,
    String country,
    String flow,
    String product,
    double tonnes,
    double valueUsd,
    String flag,
    String source) {

  /** Flow label for exports. */
  public static final String EXPORT = "export";
  /** Flow label for imports. */
  public static final String IMPORT = "import";
  /** Product label for potassium chloride in product tonnes. */
  public static final String MOP = "MOP";
  /** Product label for potash in tonnes of K2O nutrient. */
  public static final String K2O = "K2O";
  /** Allowed flows. */
  public static final Set<String> FLOWS = Set.of(EXPORT, IMPORT);
  /** Allowed products. */
  public static final Set<String> PRODUCTS = Set.of(MOP, K2O);

  /** Validates the fields. */
  public TradeTotal {
    Checks.check(year >= 1900 && year <= 2100, "year must be in 1900..2100 but was %d", year);
    Checks.check(iso3 != null && iso3.matches("[A-Z]{3}"),
        "iso3 must be a three-letter upper-case code but was '%s'", iso3);
    Checks.nonBlank("country", country);
    Checks.check(FLOWS.contains(flow), "flow of %s %d must be export or import but was '%s'",
        iso3, year, flow);
    Checks.check(PRODUCTS.contains(product), "product of %s %d must be MOP or K2O but was '%s'",
        iso3, year, product);
    Checks.check(Double.isNaN(tonnes) || (tonnes >= 0 && Double.isFinite(tonnes)),
        "tonnes of %s %d %s %s must be >= 0 or unknown (NaN) but was %s",
        iso3, year, flow, product, tonnes);
    Checks.check(Double.isNaN(valueUsd) || (valueUsd >= 0 && Double.isFinite(valueUsd)),
        "value_usd of %s %d %s %s must be >= 0 or unknown (NaN) but was %s",
        iso3, year, flow, product, valueUsd);
    Objects.requireNonNull(flag, "flag (use \"\" for none)");
    Checks.nonBlank("source", source);
  }
}
