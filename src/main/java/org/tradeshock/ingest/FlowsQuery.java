package org.tradeshock.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.tradeshock.ingest.cache.RawFormat;
import org.tradeshock.ingest.mirror.MirrorRule;
import org.tradeshock.ingest.quality.Selection;

/**
 * What a job asks of the trade data: a folder of raw BACI or Comtrade files, the cache folder, the
 * years, HS prefixes and countries to keep, and the mirror rule.
 *
 * @param rawDir folder of raw files plus the {@code country_codes*.csv} (and optionally
 *     {@code product_codes*.csv}) tables
 * @param format the raw format
 * @param cacheDir where the Parquet cache lives (need not exist)
 * @param years years to keep, empty for all
 * @param hsPrefixes HS prefixes such as "3104" or "310420", empty for all
 * @param countries ISO3 codes (flows touching one are kept), empty for all
 * @param mirrorRule how exporter and importer reports are reconciled
 */
public record FlowsQuery(Path rawDir, RawFormat format, Path cacheDir, Set<Integer> years,
    List<String> hsPrefixes, Set<String> countries, MirrorRule mirrorRule) {

  /** Validates and copies. */
  public FlowsQuery {
    Objects.requireNonNull(rawDir, "rawDir");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(cacheDir, "cacheDir");
    Objects.requireNonNull(mirrorRule, "mirrorRule");
    years = Set.copyOf(years);
    hsPrefixes = List.copyOf(hsPrefixes);
    countries = Set.copyOf(countries);
    selection(years, hsPrefixes, countries); // validates the prefixes
  }

  /**
   * A query with the default cache folder ({@code <tmp>/tradeshock-cache/<id of rawDir>}) and the
   * format's default mirror rule ({@link #defaultMirrorRule(RawFormat)}).
   */
  public static FlowsQuery of(Path rawDir, RawFormat format, Set<Integer> years, List<String> hsPrefixes,
      Set<String> countries) {
    String id = UUID.nameUUIDFromBytes(rawDir.toAbsolutePath().normalize().toString()
        .getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "tradeshock-cache",
        rawDir.toAbsolutePath().normalize().getFileName() + "-" + id);
    return new FlowsQuery(rawDir, format, cache, years, hsPrefixes, countries,
        defaultMirrorRule(format));
  }

  /**
   * The mirror rule a format needs: {@link MirrorRule#harmonised()} for BACI, whose rows are single
   * exporter-side records that CEPII has already reconciled with the importers' reports (treating
   * Belarus and Russia as non-reporters there would look for importer reports that BACI does not
   * have); {@link MirrorRule#defaults()} for Comtrade, where each side reports on its own.
   */
  public static MirrorRule defaultMirrorRule(RawFormat format) {
    return format == RawFormat.BACI ? MirrorRule.harmonised() : MirrorRule.defaults();
  }

  /** A copy with another cache folder. */
  public FlowsQuery withCacheDir(Path dir) {
    return new FlowsQuery(rawDir, format, dir, years, hsPrefixes, countries, mirrorRule);
  }

  /** A copy selecting flows that touch these ISO3 countries (empty: all). */
  public FlowsQuery withCountries(Set<String> iso3) {
    return new FlowsQuery(rawDir, format, cacheDir, years, hsPrefixes, iso3, mirrorRule);
  }

  /** A copy with another mirror rule. */
  public FlowsQuery withMirrorRule(MirrorRule rule) {
    return new FlowsQuery(rawDir, format, cacheDir, years, hsPrefixes, countries, rule);
  }

  /** The row selection readers push down. */
  public Selection selection() {
    return selection(years, hsPrefixes, countries);
  }

  private static Selection selection(Set<Integer> years, List<String> hs, Set<String> countries) {
    return new Selection(years, hs, countries);
  }
}
