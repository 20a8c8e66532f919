package org.tradeshock.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The datasets a job can name, with the YAML key of each. */
public enum DatasetName {
  /** Exporter and importer totals by country and year (the estimated baseline's margins). */
  TRADE_TOTALS,
  /** Known bilateral shares, held fixed when the estimated baseline is balanced. */
  BILATERAL_FACTS,
  /** A bilateral flows table: exporter, importer, value and optional tariff. */
  FLOWS,
  /** Price series (annual and monthly). */
  PRICES,
  /** Dated sanctions and logistics events. */
  TIMELINE,
  /** Elasticity estimates from the literature. */
  ELASTICITIES,
  /** The claims registry. */
  CLAIMS,
  /** Production by country and year. */
  PRODUCTION;

  /** The key in the job file, e.g. {@code trade_totals}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Finds a name by its job-file key. */
  public static Optional<DatasetName> ofKey(String key) {
    return Arrays.stream(values()).filter(d -> d.key().equals(key)).findFirst();
  }

  /** All keys, for error messages. */
  public static String keys() {
    return Arrays.toString(Arrays.stream(values()).map(DatasetName::key).toArray());
  }
}
