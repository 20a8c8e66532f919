package org.tradeshock.ingest.pinksheet;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A Pink Sheet column: its name as printed, its unit row and the observations present (cells shown
 * as "…" are missing and left out).
 *
 * @param name the header cell, for example "Potassium chloride **"
 * @param unit the unit cell, for example "($/mt)"
 * @param points observations in sheet order
 * @param missing number of data rows with no value
 */
public record PriceSeries(String name, String unit, List<PricePoint> points, int missing) {
  /** Copies the points. */
  public PriceSeries {
    points = List.copyOf(points);
  }

  /** The value for a year and month (0 for annual), if present. */
  public OptionalDouble at(int year, int month) {
    return points.stream().filter(p -> p.year() == year && p.month() == month)
        .mapToDouble(PricePoint::value).findFirst();
  }

  /** Calendar-year mean of the monthly values of {@code year}, if any. */
  public OptionalDouble yearMean(int year) {
    return points.stream().filter(p -> p.year() == year && p.month() > 0).mapToDouble(PricePoint::value)
        .average();
  }
}
