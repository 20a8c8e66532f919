package org.tradeshock.ingest.cache;

/** The raw trade formats the cache can ingest. */
public enum RawFormat {
  /** CEPII BACI yearly files (t,i,j,k,v,q), plain, gzip or zipped. */
  BACI,
  /** UN Comtrade CSV (Comtrade+ or legacy layout), exports and imports. */
  COMTRADE;

  /**
   * Parses "baci" or "comtrade" in any case, as job files and the command line write them.
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  public static RawFormat parse(String s) {
    for (RawFormat f : values()) {
      if (f.name().equalsIgnoreCase(s == null ? "" : s.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
        "trade data format must be 'baci' or 'comtrade' but was '%s'", s));
  }
}
