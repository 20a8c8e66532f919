package org.tradeshock.datasets;

import java.util.Objects;
import org.tradeshock.common.Checks;

/**
 * One potassium chloride price observation, annual mean or monthly (a row of
 * {@code datasets/prices_kcl.csv}).
 *
 * @param period {@code YYYY} for annual, {@code YYYY-MM} for monthly
 * @param frequency annual or monthly
 * @param usdPerT nominal US dollars per metric ton of product, &gt; 0
 * @param basis price basis, e.g. "f.o.b. Vancouver" or "Brazil CFR granular spot"
 * @param source publication and series
 */
public record PricePoint(
    String period, Frequency frequency, double usdPerT, String basis, String source) {

  /** How often the series is observed. */
  public enum Frequency {
    /** Calendar-year mean. */
    ANNUAL,
    /** Monthly mean. */
    MONTHLY
  }

  /** Validates the fields; the period shape must match the frequency. */
  public PricePoint {
    Objects.requireNonNull(frequency, "frequency");
    String shape = frequency == Frequency.ANNUAL ? "\\d{4}" : "\\d{4}-(0[1-9]|1[0-2])";
    Checks.check(period != null && period.matches(shape), "period of a %s price must be '%s' but was '%s'",
        frequency.name().toLowerCase(java.util.Locale.ROOT),
        frequency == Frequency.ANNUAL ? "YYYY" : "YYYY-MM", period);
    Checks.positive("usd_per_t of " + period, usdPerT);
    Checks.nonBlank("basis", basis);
    Checks.nonBlank("source", source);
  }

  /** The calendar year of the period. */
  public int year() {
    return Integer.parseInt(period.substring(0, 4));
  }
}
