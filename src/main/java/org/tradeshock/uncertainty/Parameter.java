package org.tradeshock.uncertainty;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.tradeshock.common.Checks;

/**
 * One uncertain input of the Monte Carlo: an elasticity (for some or all regions, perfectly
 * correlated across them) or a named wedge or capacity limit (e.g. a calibrated value).
 *
 * @param name label for reports; for {@link Kind#MEASURE} also the measure name or capacity id
 *     whose value it overrides in every scenario that has it
 * @param kind what the parameter sets
 * @param regions regions whose elasticity it sets (empty = all); ignored for MEASURE
 * @param distribution its distribution; the value drawn replaces the central value
 * @param source where the range comes from (dataset, paper), for the report
 */
public record Parameter(String name, Kind kind, int[] regions, ParameterDistribution distribution,
    String source) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What a parameter sets. */
  public enum Kind {
    /** Composite import demand elasticity Em (&lt; 0). */
    IMPORT_DEMAND,
    /** Elasticity of substitution among sources sigma (&gt; 0; &gt; 1 where an embargo applies). */
    SUBSTITUTION,
    /** Export supply elasticity Ex (&gt; 0). */
    EXPORT_SUPPLY,
    /** An ad-valorem wedge of a measure or a capacity limit, by name. */
    MEASURE
  }

  /** Validates the fields and copies the regions. */
  public Parameter {
    Checks.nonBlank("parameter name", name);
    Objects.requireNonNull(kind, "kind");
    regions = Arrays.stream(Objects.requireNonNull(regions, "regions")).sorted().distinct().toArray();
    Objects.requireNonNull(distribution, "distribution");
    source = source == null ? "" : source;
    switch (kind) {
      case IMPORT_DEMAND -> Checks.check(distribution.high() < 0,
          "parameter %s: import demand elasticities must be < 0 but the range reaches %s", name,
          distribution.high());
      case SUBSTITUTION, EXPORT_SUPPLY -> Checks.check(distribution.low() > 0,
          "parameter %s: %s elasticities must be > 0 but the range starts at %s", name, kind,
          distribution.low());
      default -> { }
    }
  }

  /** An elasticity parameter over all regions. */
  public static Parameter elasticity(String name, Kind kind, ParameterDistribution d, String source) {
    Checks.check(kind != Kind.MEASURE, "parameter %s: use Parameter.measure for wedges", name);
    return new Parameter(name, kind, new int[0], d, source);
  }

  /** A wedge or capacity parameter overriding the measure or capacity {@code name}. */
  public static Parameter measure(String name, ParameterDistribution d, String source) {
    return new Parameter(name, Kind.MEASURE, new int[0], d, source);
  }

  /** Whether an elasticity parameter applies to region {@code r}. */
  boolean covers(int r) {
    return regions.length == 0 || Arrays.binarySearch(regions, r) >= 0;
  }

  @Override
  public int[] regions() {
    return regions.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameter p && p.name.equals(name) && p.kind == kind
        && Arrays.equals(p.regions, regions) && p.distribution.equals(distribution)
        && p.source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, Arrays.hashCode(regions), distribution, source);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "Parameter[%s %s %s %s]", name, kind,
        regions.length == 0 ? "all" : Arrays.toString(regions), distribution);
  }
}
