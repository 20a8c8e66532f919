package org.tradeshock.datasets;

import java.util.Set;
import org.tradeshock.common.Checks;

/**
 * A literature value or a flagship default for a trade-model elasticity (a row of
 * {@code datasets/elasticities.csv}).
 *
 * @param parameter import_demand, substitution or export_supply
 * @param scope where the value applies; {@link #FLAGSHIP_DEFAULT} marks the value the flagship uses
 * @param central the estimate; NaN for a qualitative finding
 * @param low lower end of the range, NaN when not given
 * @param high upper end of the range, NaN when not given
 * @param source publication or data file
 * @param note how to read the value; empty when none
 */
public record ElasticityEstimate(
    String parameter, String scope, double central, double low, double high, String source,
    String note) {

  /** Scope label of the rows used by the flagship job. */
  public static final String FLAGSHIP_DEFAULT = "flagship-default";
  /** Allowed parameter names. */
  public static final Set<String> PARAMETERS = Set.of("import_demand", "substitution", "export_supply");

  /** Validates the fields; when given, low &lt;= central &lt;= high. */
  public ElasticityEstimate {
    Checks.check(PARAMETERS.contains(parameter),
        "parameter must be import_demand, substitution or export_supply but was '%s'", parameter);
    Checks.nonBlank("scope", scope);
    Checks.check(Double.isNaN(low) || Double.isNaN(central) || low <= central,
        "low %s of %s/%s must be <= central %s", low, parameter, scope, central);
    Checks.check(Double.isNaN(high) || Double.isNaN(central) || central <= high,
        "high %s of %s/%s must be >= central %s", high, parameter, scope, central);
    Checks.check(!(FLAGSHIP_DEFAULT.equals(scope) && (Double.isNaN(central) || Double.isNaN(low)
        || Double.isNaN(high))), "the flagship-default row of %s needs central, low and high", parameter);
    Checks.nonBlank("source", source);
    java.util.Objects.requireNonNull(note, "note");
  }
}
