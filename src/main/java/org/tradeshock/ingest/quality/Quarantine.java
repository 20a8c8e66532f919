package org.tradeshock.ingest.quality;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects malformed input rows with the reason and the 1-based source line number, and writes them
 * to a tab-separated quarantine file ({@code source, line, reason, detail, raw}) so that a bad row
 * never stops an ingest and never silently disappears.
 */
public final class Quarantine implements Closeable {
  private final Path file;
  private BufferedWriter out;
  private final Map<Reason, Long> counts = new TreeMap<>();

  /** Why a row was quarantined. */
  public enum Reason {
    /** The row has a different number of fields than the header. */
    WRONG_COLUMN_COUNT,
    /** A field that must be a number is not one. */
    NOT_A_NUMBER,
    /** A value or quantity below zero. */
    NEGATIVE_VALUE,
    /** A country code that the code table does not know. */
    UNKNOWN_COUNTRY,
    /** A product code that the code table does not know, or not an HS code. */
    UNKNOWN_PRODUCT,
    /** A second row with the same key (year, exporter, importer, product, flow). */
    DUPLICATE_KEY
  }

  private Quarantine(Path file) {
    this.file = file;
  }

  /** A quarantine writing to {@code file} (created on the first bad row), or counting only when null. */
  public static Quarantine to(Path file) {
    return new Quarantine(file);
  }

  /** Records one bad row. */
  public void add(String source, long line, Reason reason, String detail, String raw) {
    counts.merge(reason, 1L, Long::sum);
    if (file == null) {
      return;
    }
    try {
      if (out == null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write("source\tline\treason\tdetail\traw\n");
      }
      out.write(source + '\t' + line + '\t' + reason + '\t' + detail.replace('\t', ' ') + '\t'
          + raw.replace('\t', ' ') + '\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write quarantine file " + file, e);
    }
  }

  /** Rows quarantined so far, by reason. */
  public Map<Reason, Long> counts() {
    return Map.copyOf(counts);
  }

  /** Total rows quarantined so far. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The quarantine file, or null when only counting. */
  public Path file() {
    return file;
  }

  @Override
  public void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot close quarantine file " + file, e);
      }
    }
  }
}
