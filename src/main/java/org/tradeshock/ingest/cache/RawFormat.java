package org.tradeshock.ingest.cache;

/** The raw trade formats the cache can ingest. */
public enum RawFormat {
  /** CEPII BACI yearly files (t,i,j,k,v,q), plain, gzip or zipped. */
  BACI,
  /** UN Comtrade CSV (Comtrade+ or legacy layout), exports and imports. */
  COMTRADE
}
