package org.tradeshock.claims;

import java.util.List;

/** The tolerance logic shared by the numeric rules. */
final class Tolerance {
  // Absorbs rounding of the percentages printed in the evidence.
  private static final double EPS = 1e-9;

  private Tolerance() {}

  /**
   * Classifies absolute deviations from the claimed value: SUPPORTED when all are within
   * {@code tolerance}; PARTLY_SUPPORTED when at least one is within it or all are within twice it;
   * CONTRADICTED otherwise; NOT_CHECKABLE when the list is empty.
   */
  static Verdict classify(List<Double> deviations, double tolerance) {
    if (deviations.isEmpty()) {
      return Verdict.NOT_CHECKABLE;
    }
    boolean all = deviations.stream().allMatch(d -> d <= tolerance + EPS);
    boolean any = deviations.stream().anyMatch(d -> d <= tolerance + EPS);
    boolean allTwice = deviations.stream().allMatch(d -> d <= 2 * tolerance + EPS);
    if (all) {
      return Verdict.SUPPORTED;
    }
    return any || allTwice ? Verdict.PARTLY_SUPPORTED : Verdict.CONTRADICTED;
  }

  /** Counts the deviations within the tolerance. */
  static long within(List<Double> deviations, double tolerance) {
    return deviations.stream().filter(d -> d <= tolerance + EPS).count();
  }
}
