package org.tradeshock.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.tradeshock.common.Checks;

/**
 * A dated event drawn as a dashed vertical line with a short label, e.g. a sanctions package.
 *
 * @param date the day the event took effect
 * @param label a short label (a few words), e.g. "US relief Dec 2025"
 */
public record EventMarker(LocalDate date, String label) {
  /** Validates the date and that the label is not blank. */
  public EventMarker {
    Objects.requireNonNull(date, "event date");
    Checks.nonBlank("event label", label);
  }

  /** An event on the first day of a month. */
  public static EventMarker of(YearMonth month, String label) {
    return new EventMarker(month.atDay(1), label);
  }

  /** The date as a fractional year, e.g. 2025-12-01 gives about 2025.915, the x unit of time charts. */
  public double fractionalYear() {
    return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
  }
}
