package org.tradeshock.ingest.quality;

import java.util.Locale;
import java.util.Map;
import org.tradeshock.common.Checks;

/**
 * What an ingest did: files ingested and skipped, rows read, kept and quarantined, and the time.
 *
 * @param filesIngested raw files converted in this run
 * @param filesSkipped raw files skipped because their checksum was already ingested
 * @param rowsRead data rows read (header excluded)
 * @param rowsKept rows written to the cache
 * @param rowsQuarantined rows sent to the quarantine file
 * @param quarantinedByReason the quarantined rows by reason
 * @param bytesRead uncompressed bytes read
 * @param seconds wall-clock time
 */
public record IngestSummary(int filesIngested, int filesSkipped, long rowsRead, long rowsKept,
    long rowsQuarantined, Map<Quarantine.Reason, Long> quarantinedByReason, long bytesRead,
    double seconds) {

  /** Validates the counts. */
  public IngestSummary {
    Checks.check(filesIngested >= 0 && filesSkipped >= 0 && rowsRead >= 0 && rowsKept >= 0
        && rowsQuarantined >= 0, "counts must be >= 0");
    quarantinedByReason = Map.copyOf(quarantinedByReason);
  }

  /** One-line human summary. */
  public String describe() {
    return String.format(Locale.ROOT,
        "%d file(s) ingested, %d skipped (already ingested); %,d rows read, %,d kept, %,d quarantined %s;"
            + " %.1f MB in %.2f s",
        filesIngested, filesSkipped, rowsRead, rowsKept, rowsQuarantined,
        quarantinedByReason.isEmpty() ? "" : quarantinedByReason.toString(), bytesRead / 1e6, seconds);
  }
}
