package org.tradeshock.datasets;

import org.tradeshock.common.Checks;

/**
 * A known share of one exporter in one importer's potash imports, used as a fixed cell when the
 * baseline trade matrix is balanced (a row of {@code datasets/bilateral_facts.csv}).
 *
 * @param period the period the share describes, e.g. "2020-2023" or "2021-Q1"
 * @param importerIso3 importer ISO3 code
 * @param exporterIso3 exporter ISO3 code
 * @param shareOfImporter share of the importer's potash imports, in [0, 1]
 * @param basis starts with "pre-sanction" or "sanction-period"; says "derived" when computed
 * @param source publication
 */
public record BilateralFact(
    String period, String importerIso3, String exporterIso3, double shareOfImporter, String basis,
    String source) {

  /** Validates the fields. */
  public BilateralFact {
    Checks.nonBlank("period", period);
    Checks.check(importerIso3 != null && importerIso3.matches("[A-Z]{3}"),
        "importer_iso3 must be a three-letter upper-case code but was '%s'", importerIso3);
    Checks.check(exporterIso3 != null && exporterIso3.matches("[A-Z]{3}"),
        "exporter_iso3 must be a three-letter upper-case code but was '%s'", exporterIso3);
    Checks.check(shareOfImporter >= 0 && shareOfImporter <= 1,
        "share_of_importer of %s->%s must be in [0, 1] but was %s", exporterIso3, importerIso3,
        shareOfImporter);
    Checks.check(basis != null && (basis.startsWith("pre-sanction") || basis.startsWith("sanction-period")),
        "basis must start with 'pre-sanction' or 'sanction-period' but was '%s'", basis);
    Checks.nonBlank("source", source);
  }

  /** True when the share describes the market before the 2021 sanctions (usable for a 2019 baseline). */
  public boolean preSanction() {
    return basis.startsWith("pre-sanction");
  }
}
