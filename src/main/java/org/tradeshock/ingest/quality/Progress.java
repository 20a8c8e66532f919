package org.tradeshock.ingest.quality;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports progress of a long ingest (rows and bytes processed, rate, ETA) at most every few seconds,
 * and keeps the totals for the end-of-run summary.
 *
 * <p>Implementation notes: readers call {@link #advance} often (per row or per block of rows), so the
 * clock is read only each time the row count crosses a multiple of {@link #CHECK_ROWS}, whatever the
 * step sizes, and a line is printed when the interval has passed since the last one. The ETA compares
 * like with like: the input bytes consumed so far (compressed bytes for gzip and zip input, reported
 * through {@link #consumed}) against the total input size given at creation, never decompressed text
 * against compressed file sizes. With no input consumption reported it says "?".
 */
public final class Progress {
  /** The clock is read at most once per this many rows. */
  static final long CHECK_ROWS = 4096;

  private final PrintWriter out;
  private final LongSupplier clock;
  private final long intervalNanos;
  private final long start;
  private long totalInput;
  private long lastReport;
  private long nextCheck = CHECK_ROWS;
  private long rows;
  private long bytes;
  private long input;

  private Progress(PrintWriter out, long totalInput, long intervalNanos, LongSupplier clock) {
    this.out = out;
    this.totalInput = totalInput;
    this.intervalNanos = intervalNanos;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastReport = start;
  }

  /**
   * Progress printed to {@code out} (null: silent) every {@code seconds}, for {@code totalInputBytes}
   * of input as stored on disk (compressed sizes for gzip and zip files).
   */
  public static Progress to(PrintWriter out, long totalInputBytes, double seconds) {
    return to(out, totalInputBytes, seconds, System::nanoTime);
  }

  /** Same as {@link #to(PrintWriter, long, double)} with a clock in nanoseconds, for tests. */
  public static Progress to(PrintWriter out, long totalInputBytes, double seconds, LongSupplier nanoClock) {
    return new Progress(out, totalInputBytes, (long) (seconds * 1e9), nanoClock);
  }

  /** A silent progress tracker. */
  public static Progress silent() {
    return new Progress(null, 0, Long.MAX_VALUE, System::nanoTime);
  }

  /**
   * Adds processed rows and (uncompressed) bytes; prints a line when the row count has crossed a
   * check point and the interval has passed since the last line.
   */
  public void advance(long moreRows, long moreBytes) {
    rows += moreRows;
    bytes += moreBytes;
    if (out != null && rows >= nextCheck) {
      nextCheck = (rows / CHECK_ROWS + 1) * CHECK_ROWS;
      long now = clock.getAsLong();
      if (now - lastReport >= intervalNanos) {
        lastReport = now;
        out.println(line(now));
        out.flush();
      }
    }
  }

  /** Adds input bytes consumed as stored on disk (compressed bytes for compressed input). */
  public void consumed(long inputBytes) {
    input += inputBytes;
  }

  /** Removes input that will not be read (a file skipped as already ingested) from the total. */
  public void skipped(long inputBytes) {
    totalInput = Math.max(0, totalInput - inputBytes);
  }

  String line(long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double mbPerSec = bytes / 1e6 / secs;
    String eta = input > 0 && totalInput >= input
        ? String.format(Locale.ROOT, "%.0f s", (totalInput - input) / (input / secs))
        : "?";
    return String.format(Locale.ROOT, "  %,d rows, %.1f MB (%.1f MB/s, %,.0f rows/s), input %.0f%%, ETA %s",
        rows, bytes / 1e6, mbPerSec, rows / secs, totalInput > 0 ? 100.0 * Math.min(input, totalInput)
            / totalInput : 0.0, eta);
  }

  /** Rows processed so far. */
  public long rows() {
    return rows;
  }

  /** Uncompressed bytes processed so far. */
  public long bytes() {
    return bytes;
  }

  /** Input bytes (as stored on disk) consumed so far. */
  public long inputBytes() {
    return input;
  }

  /** Seconds since the tracker was created. */
  public double elapsedSeconds() {
    return (clock.getAsLong() - start) / 1e9;
  }
}
