package org.tradeshock.ingest.quality;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Reports progress of a long ingest (rows and bytes processed, rate, ETA) at most every few seconds,
 * and keeps the totals for the end-of-run summary.
 */
public final class Progress {
  private final PrintWriter out;
  private final long totalBytes;
  private final long intervalNanos;
  private final long start = System.nanoTime();
  private long lastReport = start;
  private long rows;
  private long bytes;

  private Progress(PrintWriter out, long totalBytes, long intervalNanos) {
    this.out = out;
    this.totalBytes = totalBytes;
    this.intervalNanos = intervalNanos;
  }

  /** Progress printed to {@code out} (null: silent) every {@code seconds}, for {@code totalBytes} of input. */
  public static Progress to(PrintWriter out, long totalBytes, double seconds) {
    return new Progress(out, totalBytes, (long) (seconds * 1e9));
  }

  /** A silent progress tracker. */
  public static Progress silent() {
    return new Progress(null, 0, Long.MAX_VALUE);
  }

  /** Adds processed rows and (uncompressed) bytes; prints a line when the interval has passed. */
  public void advance(long moreRows, long moreBytes) {
    rows += moreRows;
    bytes += moreBytes;
    if (out != null && (rows & 0xFFFF) == 0) {
      long now = System.nanoTime();
      if (now - lastReport >= intervalNanos) {
        lastReport = now;
        out.println(line(now));
        out.flush();
      }
    }
  }

  String line(long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double mbPerSec = bytes / 1e6 / secs;
    String eta = totalBytes > bytes && bytes > 0
        ? String.format(Locale.ROOT, "%.0f s", (totalBytes - bytes) / (bytes / secs))
        : "?";
    return String.format(Locale.ROOT, "  %,d rows, %.1f MB (%.1f MB/s, %,.0f rows/s), ETA %s",
        rows, bytes / 1e6, mbPerSec, rows / secs, eta);
  }

  /** Rows processed so far. */
  public long rows() {
    return rows;
  }

  /** Bytes processed so far. */
  public long bytes() {
    return bytes;
  }

  /** Seconds since the tracker was created. */
  public double elapsedSeconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
