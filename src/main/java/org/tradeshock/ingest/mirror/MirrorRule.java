package org.tradeshock.ingest.mirror;

import java.util.Map;
import java.util.Set;
import org.tradeshock.common.Checks;

/**
 * The documented rule that chooses, for each (year, exporter, importer, product), between the
 * exporter's own report and the importer's mirror report.
 *
 * <ol>
 *   <li>Only the exporter reported: use it ({@code REPORTED}).
 *   <li>The exporter is a non-reporter for that year (for example Belarus and Russia from 2022, which
 *       stopped reporting to Comtrade after 2021), or only the importer reported: use the importer's
 *       c.i.f. value converted to f.o.b., {@code value / (1 + cifRate)} ({@code MIRROR}). When a
 *       non-reporter's own report is the only one, it is used all the same ({@code REPORTED}) and
 *       counted in {@link MirrorReport.Row#ownReportFallbacks()}: a flow is never dropped.
 *   <li>Both reported: use the side with the higher reporter-quality score; on a tie the exporter's
 *       f.o.b. report, since flows are valued f.o.b. in the model ({@code REPORTED} or {@code MIRROR}).
 * </ol>
 *
 * <p>The default c.i.f./f.o.b. margin of 6% is the order of magnitude CEPII estimates for BACI
 * (Gaulier and Zignago 2010, section 3: median CIF rate around 4-7%); pass a measured one when known.
 *
 * @param cifRate c.i.f. margin over f.o.b., &gt;= 0
 * @param nonReporters ISO3 code to the first year from which its own reports are missing or not
 *     trusted (its exports then come from partners' imports)
 * @param quality reporter quality scores (default 1.0 for a country not listed)
 */
public record MirrorRule(double cifRate, Map<String, Integer> nonReporters, Map<String, Double> quality) {

  /** Validates and copies. */
  public MirrorRule {
    Checks.nonNegative("cifRate", cifRate);
    nonReporters = Map.copyOf(nonReporters);
    quality = Map.copyOf(quality);
  }

  /** 6% CIF margin; Belarus and Russia non-reporters from 2022; equal reporter quality. */
  public static MirrorRule defaults() {
    return new MirrorRule(0.06, Map.of("BLR", 2022, "RUS", 2022), Map.of());
  }

  /**
   * The rule for data that its publisher has already reconciled, such as CEPII BACI: no
   * non-reporters (BACI lists each flow once, as the exporter's, already harmonised with the
   * importer's mirror report, also for countries that stopped reporting to Comtrade), 6% CIF margin,
   * equal reporter quality.
   */
  public static MirrorRule harmonised() {
    return new MirrorRule(0.06, Map.of(), Map.of());
  }

  /** A copy with another CIF margin. */
  public MirrorRule withCifRate(double rate) {
    return new MirrorRule(rate, nonReporters, quality);
  }

  /** A copy with these reporter-quality scores. */
  public MirrorRule withQuality(Map<String, Double> scores) {
    return new MirrorRule(cifRate, nonReporters, scores);
  }

  /** Whether {@code iso3}'s own reports for {@code year} are to be replaced by partner reports. */
  public boolean isNonReporter(String iso3, int year) {
    Integer from = nonReporters.get(iso3);
    return from != null && year >= from;
  }

  /** The quality score of a reporter. */
  public double quality(String iso3) {
    return quality.getOrDefault(iso3, 1.0);
  }

  /** The set of listed non-reporters. */
  public Set<String> nonReporterCodes() {
    return nonReporters.keySet();
  }
}
