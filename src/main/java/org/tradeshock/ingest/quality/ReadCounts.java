package org.tradeshock.ingest.quality;

/**
 * Row counts of one raw entry.
 *
 * @param rowsRead data rows read
 * @param rowsKept rows passed to the sink
 * @param rowsQuarantined rows sent to quarantine
 * @param bytesRead uncompressed characters of the whole entry (header and line ends included)
 */
public record ReadCounts(long rowsRead, long rowsKept, long rowsQuarantined, long bytesRead) {}
