package org.tradeshock.claims;

import java.util.Map;
import java.util.Objects;
import org.tradeshock.common.Checks;
import org.tradeshock.datasets.Claim;

/**
 * The verdict on one claim with the numbers that led to it.
 *
 * @param claim the claim checked
 * @param verdict the outcome
 * @param evidence the computed numbers in words, with units and years
 * @param computed the computed numbers by label (e.g. "tonnes_MOP 2019" to 20.7 percent), in order
 */
public record ClaimVerdict(Claim claim, Verdict verdict, String evidence, Map<String, Double> computed) {

  /** Validates the fields and copies the map. */
  public ClaimVerdict {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(verdict, "verdict");
    Checks.nonBlank("evidence", evidence);
    computed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(computed));
  }
}
