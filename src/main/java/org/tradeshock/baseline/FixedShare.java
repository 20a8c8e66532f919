package org.tradeshock.baseline;

import org.tradeshock.common.Checks;

/**
 * A known bilateral share held fixed when the baseline is balanced: exporter's share of importer's
 * total imports.
 *
 * @param importer importing region
 * @param exporter exporting region
 * @param share share of the importer's imports, in (0, 1]
 * @param source where the share comes from
 */
public record FixedShare(String importer, String exporter, double share, String source) {
  /** Validates the share. */
  public FixedShare {
    Checks.nonBlank("importer", importer);
    Checks.nonBlank("exporter", exporter);
    Checks.check(share > 0 && share <= 1, "share of %s in %s imports must be in (0, 1] but was %s", exporter, importer, share);
  }
}
