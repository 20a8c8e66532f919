package org.tradeshock.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.tradeshock.common.BadInputException;

/**
 * All curated potash tables of the {@code datasets/} folder, loaded and validated.
 *
 * @param tradeTotals rows of trade_totals.csv
 * @param production rows of production.csv
 * @param prices rows of prices_kcl.csv
 * @param timeline rows of timeline.csv
 * @param elasticities rows of elasticities.csv
 * @param bilateralFacts rows of bilateral_facts.csv
 * @param claims rows of claims.csv
 */
public record BundledDatasets(
    List<TradeTotal> tradeTotals,
    List<Production> production,
    List<PricePoint> prices,
    List<TimelineEvent> timeline,
    List<ElasticityEstimate> elasticities,
    List<BilateralFact> bilateralFacts,
    List<Claim> claims) {

  /** Copies the lists so the record is immutable. */
  public BundledDatasets {
    tradeTotals = List.copyOf(tradeTotals);
    production = List.copyOf(production);
    prices = List.copyOf(prices);
    timeline = List.copyOf(timeline);
    elasticities = List.copyOf(elasticities);
    bilateralFacts = List.copyOf(bilateralFacts);
    claims = List.copyOf(claims);
  }

  /**
   * Loads the seven tables from {@code datasetsDir}.
   *
   * @throws BadInputException naming file, line, column, value and expectation for any bad cell,
   *     and the path for a missing file
   */
  public static BundledDatasets load(Path datasetsDir) {
    Objects.requireNonNull(datasetsDir, "datasetsDir");
    return new BundledDatasets(
        loadTradeTotals(datasetsDir.resolve("trade_totals.csv")),
        loadProduction(datasetsDir.resolve("production.csv")),
        loadPrices(datasetsDir.resolve("prices_kcl.csv")),
        loadTimeline(datasetsDir.resolve("timeline.csv")),
        loadElasticities(datasetsDir.resolve("elasticities.csv")),
        loadBilateralFacts(datasetsDir.resolve("bilateral_facts.csv")),
        loadClaims(datasetsDir.resolve("claims.csv")));
  }

  /** Reads trade_totals.csv: {@code year,iso3,country,flow,product,tonnes,value_usd,flag,source}. */
  public static List<TradeTotal> loadTradeTotals(Path file) {
    return rows(file, List.of("year", "iso3", "country", "flow", "product", "tonnes", "value_usd",
        "flag", "source"), r -> new TradeTotal(
            r.integer("year", 1900, 2100), r.iso3("iso3"), r.text("country"),
            r.oneOf("flow", TradeTotal.FLOWS), r.oneOf("product", TradeTotal.PRODUCTS),
            r.nonNegative("tonnes", true), r.nonNegative("value_usd", true), r.raw("flag"),
            r.text("source")));
  }

  /** Reads production.csv: {@code year,iso3,country,kt_k2o,estimated,edition,source}. */
  public static List<Production> loadProduction(Path file) {
    return rows(file, List.of("year", "iso3", "country", "kt_k2o", "estimated", "edition", "source"),
        r -> new Production(r.integer("year", 1900, 2100), r.iso3("iso3"), r.text("country"),
            r.nonNegative("kt_k2o", false), r.bool("estimated"), r.text("edition"), r.text("source")));
  }

  /** Reads prices_kcl.csv: {@code period,frequency,usd_per_t,basis,source}. */
  public static List<PricePoint> loadPrices(Path file) {
    return rows(file, List.of("period", "frequency", "usd_per_t", "basis", "source"), r -> {
      PricePoint.Frequency f = PricePoint.Frequency.valueOf(
          r.oneOf("frequency", java.util.Set.of("annual", "monthly")).toUpperCase(Locale.ROOT));
      String period = r.raw("period");
      String shape = f == PricePoint.Frequency.ANNUAL ? "\\d{4}" : "\\d{4}-(0[1-9]|1[0-2])";
      if (!period.matches(shape)) {
        throw r.bad("period", period, f == PricePoint.Frequency.ANNUAL
            ? "a year 'YYYY' (frequency annual)" : "a month 'YYYY-MM' (frequency monthly)");
      }
      double price = r.number("usd_per_t", false);
      if (!(price > 0)) {
        throw r.bad("usd_per_t", r.raw("usd_per_t"), "a price > 0");
      }
      return new PricePoint(period, f, price, r.text("basis"), r.text("source"));
    });
  }

  /** Reads timeline.csv: {@code date,event_id,actor,kind,description,legal_reference,source,status}. */
  public static List<TimelineEvent> loadTimeline(Path file) {
    return rows(file, List.of("date", "event_id", "actor", "kind", "description", "legal_reference",
        "source", "status"), r -> new TimelineEvent(r.date("date"), r.text("event_id"), r.text("actor"),
            TimelineEvent.Kind.valueOf(r.oneOf("kind",
                java.util.Set.of("sanction", "relief", "logistics", "other")).toUpperCase(Locale.ROOT)),
            r.text("description"), r.raw("legal_reference"), r.text("source"),
            TimelineEvent.Status.valueOf(r.oneOf("status",
                java.util.Set.of("verified", "secondary", "unverified")).toUpperCase(Locale.ROOT))));
  }

  /** Reads elasticities.csv: {@code parameter,scope,central,low,high,source,note}. */
  public static List<ElasticityEstimate> loadElasticities(Path file) {
    return rows(file, List.of("parameter", "scope", "central", "low", "high", "source", "note"),
        r -> new ElasticityEstimate(r.oneOf("parameter", ElasticityEstimate.PARAMETERS),
            r.text("scope"), r.number("central", true), r.number("low", true),
            r.number("high", true), r.text("source"), r.raw("note")));
  }

  /** Reads bilateral_facts.csv: {@code period,importer_iso3,exporter_iso3,share_of_importer,basis,source}. */
  public static List<BilateralFact> loadBilateralFacts(Path file) {
    return rows(file, List.of("period", "importer_iso3", "exporter_iso3", "share_of_importer", "basis",
        "source"), r -> {
          double share = r.number("share_of_importer", false);
          if (!(share >= 0 && share <= 1)) {
            throw r.bad("share_of_importer", r.raw("share_of_importer"), "a share in [0, 1]");
          }
          return new BilateralFact(r.text("period"), r.iso3("importer_iso3"), r.iso3("exporter_iso3"),
              share, r.text("basis"), r.text("source"));
        });
  }

  /** Reads claims.csv: {@code claim_id,claim,quantity,unit,period,publication,published,rule,params,tolerance}. */
  public static List<Claim> loadClaims(Path file) {
    return rows(file, List.of("claim_id", "claim", "quantity", "unit", "period", "publication",
        "published", "rule", "params", "tolerance"), r -> {
          ClaimRule rule;
          try {
            rule = ClaimRule.fromLabel(r.raw("rule"));
          } catch (IllegalArgumentException e) {
            throw r.bad("rule", r.raw("rule"), "a known rule (" + ClaimRule.knownRules() + ")");
          }
          double tolerance = r.nonNegative("tolerance", true);
          try {
            rule.validate(Claim.parse(r.raw("params")), tolerance);
          } catch (IllegalArgumentException e) {
            throw BadInputException.atLine(r.file(), r.line(),
                "column params: " + e.getMessage() + " (known rules: " + ClaimRule.knownRules() + ")");
          }
          return new Claim(r.text("claim_id"), r.text("claim"), r.number("quantity", true),
              r.text("unit"), r.text("period"), r.text("publication"), r.text("published"), rule,
              r.raw("params"), tolerance);
        });
  }

  private static <T> List<T> rows(Path file, List<String> columns, Function<CsvRow, T> parse) {
    List<T> out = new ArrayList<>();
    for (CsvRow r : CsvFile.read(file, columns)) {
      try {
        out.add(parse.apply(r));
      } catch (BadInputException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw r.rejected(e);
      }
    }
    return out;
  }
}
