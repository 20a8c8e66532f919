package org.tradeshock.datasets;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tradeshock.common.Checks;

/**
 * A quantitative claim from news reporting, with the rule that checks it (a row of
 * {@code datasets/claims.csv}).
 *
 * @param claimId stable slug
 * @param claim the claim in words
 * @param quantity the claimed number in {@code unit}; NaN when the claim has no number
 * @param unit unit of quantity and tolerance: percent, Mt, USD/t, date, ...
 * @param period the period the claim is about, as text
 * @param publication who published the claim
 * @param published when it was published, as text
 * @param rule the check, see {@link ClaimRule}
 * @param params rule parameters, {@code key=value;key=value}
 * @param tolerance allowed deviation in {@code unit} (days for date rules); NaN when not given
 */
public record Claim(
    String claimId,
    String claim,
    double quantity,
    String unit,
    String period,
    String publication,
    String published,
    ClaimRule rule,
    String params,
    double tolerance) {

  /** Validates the fields, including the parameters against the rule. */
  public Claim {
    Checks.check(claimId != null && claimId.matches("[a-z0-9]+(-[a-z0-9]+)*"),
        "claim_id must be a lower-case slug but was '%s'", claimId);
    Checks.nonBlank("claim", claim);
    Checks.check(!Double.isInfinite(quantity), "quantity of %s must be finite or unknown", claimId);
    Checks.nonBlank("unit", unit);
    Checks.nonBlank("period", period);
    Checks.nonBlank("publication", publication);
    Checks.nonBlank("published", published);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(params, "params");
    Checks.check(Double.isNaN(tolerance) || (tolerance >= 0 && Double.isFinite(tolerance)),
        "tolerance of %s must be >= 0 or empty but was %s", claimId, tolerance);
    rule.validate(parse(params), tolerance);
  }

  /** The parameters as an ordered map. */
  public Map<String, String> paramMap() {
    return parse(params);
  }

  /**
   * Parses {@code key=value;key=value}; values may contain commas (lists) but not semicolons.
   *
   * @throws IllegalArgumentException on an item without '=' or a repeated key
   */
  public static Map<String, String> parse(String params) {
    Map<String, String> out = new LinkedHashMap<>();
    if (params == null || params.isBlank()) {
      return out;
    }
    for (String item : params.split(";")) {
      int eq = item.indexOf('=');
      Checks.check(eq > 0, "params item '%s' must be 'key=value'", item);
      String key = item.substring(0, eq).trim();
      String value = item.substring(eq + 1).trim();
      Checks.check(out.put(key, value) == null, "params key '%s' is repeated", key);
    }
    return out;
  }

  /** A parameter that {@link ClaimRule#validate} has already guaranteed to exist. */
  public String param(String key) {
    String v = paramMap().get(key);
    if (v == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "claim %s has no params key '%s'", claimId, key));
    }
    return v;
  }
}
