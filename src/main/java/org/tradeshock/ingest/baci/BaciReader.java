package org.tradeshock.ingest.baci;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.quality.LongSet;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.Quarantine.Reason;
import org.tradeshock.ingest.quality.RawFiles;
import org.tradeshock.ingest.quality.ReadCounts;
import org.tradeshock.ingest.quality.ReportSink;
import org.tradeshock.ingest.quality.Selection;

/**
 * Streams a CEPII BACI data file ({@code t,i,j,k,v,q}: year, exporter code, importer code, HS6
 * product, value in thousand USD, quantity in tonnes) and passes validated rows to a sink.
 *
 * <p>Implementation notes: this is a plain-Java single pass, not Spark. Measured on this machine, a
 * Spark CSV scan of a 10-million-row BACI year costs about 13 s against 1.4 s for a streaming parse,
 * because Spark's per-row overhead dominates such narrow rows. The year and product are parsed first
 * so that rows outside the {@link Selection} cost a few comparisons and no allocation. Quantities
 * {@code NA} or blank (BACI pads them with spaces) are unknown, not errors.
 */
public final class BaciReader {
  /** The header of every BACI data file. */
  public static final List<String> HEADER = List.of("t", "i", "j", "k", "v", "q");

  private final BaciCodes codes;
  private final String[] productNames = new String[1_000_000];
  private int lastYear = Integer.MIN_VALUE;
  private long[] lastBits;

  /** A reader that resolves codes with {@code codes}. */
  public BaciReader(BaciCodes codes) {
    this.codes = codes;
  }

  /** Whether a zip member or file name is a BACI data file (not a code table or readme). */
  public static boolean isDataFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int slash = n.lastIndexOf('/');
    n = n.substring(slash + 1);
    return (n.endsWith(".csv") || n.endsWith(".csv.gz")) && !n.startsWith("country_codes")
        && !n.startsWith("product_codes");
  }

  /**
   * Reads one entry.
   *
   * @throws BadInputException when the header is not {@code t,i,j,k,v,q}
   */
  public ReadCounts read(RawFiles.Entry entry, Selection sel, Quarantine quarantine, Progress progress,
      ReportSink sink) {
    long read = 0;
    long kept = 0;
    long bad = 0;
    long bytes = 0;
    long pendingRows = 0;
    long pendingBytes = 0;
    LongSet keys = new LongSet(1 << 16);
    lastYear = Integer.MIN_VALUE;
    java.util.Map<Integer, long[]> seen = new java.util.HashMap<>();
    String label = entry.label();
    try (BufferedReader r = RawFiles.reader(entry.progress() == null ? entry.withProgress(progress) : entry)) {
      String header = r.readLine();
      checkHeader(entry, header);
      bytes += header.length() + 1;
      pendingBytes += header.length() + 1;
      long line = 1;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        bytes += s.length() + 1;
        pendingBytes += s.length() + 1;
        // progress in blocks: one call per row would cost more than parsing these narrow rows
        if (++pendingRows == 1024) {
          progress.advance(pendingRows, pendingBytes);
          pendingRows = 0;
          pendingBytes = 0;
        }
        if (s.isEmpty()) {
          continue;
        }
        read++;
        int c1 = s.indexOf(',');
        int c2 = c1 < 0 ? -1 : s.indexOf(',', c1 + 1);
        int c3 = c2 < 0 ? -1 : s.indexOf(',', c2 + 1);
        int c4 = c3 < 0 ? -1 : s.indexOf(',', c3 + 1);
        int c5 = c4 < 0 ? -1 : s.indexOf(',', c4 + 1);
        if (c5 < 0 || s.indexOf(',', c5 + 1) >= 0) {
          bad++;
          quarantine.add(label, line, Reason.WRONG_COLUMN_COUNT, String.format(Locale.ROOT,
              "expected 6 columns but found %d", RawFiles.split(s).size()), s);
          continue;
        }
        int t = parseInt(s, 0, c1);
        int k = parseInt(s, c3 + 1, c4);
        if (t == Integer.MIN_VALUE || k == Integer.MIN_VALUE) {
          bad++;
          quarantine.add(label, line, Reason.NOT_A_NUMBER, t == Integer.MIN_VALUE
              ? "column t must be an integer year but was '" + s.substring(0, c1).trim() + "'"
              : "column k must be an integer HS6 code but was '" + s.substring(c3 + 1, c4).trim() + "'", s);
          continue;
        }
        if (!sel.keepsYear(t)) {
          continue;
        }
        if (!codes.knownProduct(k)) {
          bad++;
          quarantine.add(label, line, Reason.UNKNOWN_PRODUCT,
              "column k: '" + s.substring(c3 + 1, c4).trim() + "' is not in the product code table", s);
          continue;
        }
        String product = productNames[k];
        if (product == null) {
          product = String.format(Locale.ROOT, "%06d", k);
          productNames[k] = product;
        }
        if (!sel.keepsProduct(product)) {
          continue;
        }
        int i = parseInt(s, c1 + 1, c2);
        int j = parseInt(s, c2 + 1, c3);
        if (i == Integer.MIN_VALUE || j == Integer.MIN_VALUE) {
          bad++;
          quarantine.add(label, line, Reason.NOT_A_NUMBER,
              "columns i and j must be integer country codes", s);
          continue;
        }
        String exp = codes.iso3(i);
        String imp = codes.iso3(j);
        if (exp == null || imp == null) {
          bad++;
          quarantine.add(label, line, Reason.UNKNOWN_COUNTRY, String.format(Locale.ROOT,
              "column %s: country code %d is not in the country code table", exp == null ? "i" : "j",
              exp == null ? i : j), s);
          continue;
        }
        if (!sel.keepsPair(exp, imp)) {
          continue;
        }
        double v;
        double q;
        try {
          v = Double.parseDouble(s.substring(c4 + 1, c5));
          String qs = s.substring(c5 + 1).trim();
          q = qs.isEmpty() || qs.equals("NA") ? Double.NaN : Double.parseDouble(qs);
        } catch (NumberFormatException e) {
          bad++;
          quarantine.add(label, line, Reason.NOT_A_NUMBER,
              "columns v and q must be numbers (q may be NA) but were '" + s.substring(c4 + 1) + "'", s);
          continue;
        }
        if (!(v >= 0) || q < 0 || Double.isInfinite(v) || Double.isInfinite(q)) {
          bad++;
          quarantine.add(label, line, Reason.NEGATIVE_VALUE,
              "columns v and q must be >= 0 but were '" + s.substring(c4 + 1) + "'", s);
          continue;
        }
        if (!firstTime(seen, keys, t, i, j, k)) {
          bad++;
          quarantine.add(label, line, Reason.DUPLICATE_KEY, String.format(Locale.ROOT,
              "second row for t=%d i=%d j=%d k=%s", t, i, j, product), s);
          continue;
        }
        kept++;
        sink.accept(t, exp, imp, true, product, v * 1000.0, q);
      }
      progress.advance(pendingRows, pendingBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read BACI file " + label, e);
    }
    return new ReadCounts(read, kept, bad, bytes);
  }

  /**
   * Whether (t, i, j, k) is seen for the first time. With a product table the keys live in one bit
   * per possible (exporter, importer, product) of the year, about 40 MB for BACI's 240 x 240 x 5,600
   * and cache-friendlier than a hash set of ten million longs (measured: the hash set was the
   * largest single cost of a full ingest).
   */
  private boolean firstTime(java.util.Map<Integer, long[]> seen, LongSet keys, int t, int i, int j, int k) {
    int pk = codes.productIndex(k);
    if (pk < 0) {
      return keys.add(((long) (t - 1900) << 52) | ((long) i << 42) | ((long) j << 32) | k);
    }
    int nc = codes.countryCount();
    long[] bits;
    if (t == lastYear) {
      bits = lastBits; // a BACI file holds one year: skip the boxed map lookup per row
    } else {
      bits = seen.computeIfAbsent(t, y -> new long[(int) (((long) nc * nc * codes.productCount() + 63) >>> 6)]);
      lastYear = t;
      lastBits = bits;
    }
    long bit = ((long) codes.countryIndex(i) * nc + codes.countryIndex(j)) * codes.productCount() + pk;
    int word = (int) (bit >>> 6);
    long mask = 1L << (bit & 63);
    if ((bits[word] & mask) != 0) {
      return false;
    }
    bits[word] |= mask;
    return true;
  }

  private static void checkHeader(RawFiles.Entry entry, String header) {
    List<String> cols = header == null ? List.of()
        : RawFiles.split(header).stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
    if (!cols.equals(HEADER)) {
      throw new BadInputException(entry.label(), "line 1", String.format(Locale.ROOT,
          "a BACI data file must start with the header t,i,j,k,v,q but it was '%s'", header));
    }
  }

  /** Parses a non-negative decimal integer between {@code from} and {@code to}, allowing spaces. */
  static int parseInt(String s, int from, int to) {
    while (from < to && s.charAt(from) == ' ') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == ' ') {
      to--;
    }
    if (from == to || to - from > 9) {
      return Integer.MIN_VALUE;
    }
    int v = 0;
    for (int p = from; p < to; p++) {
      char c = s.charAt(p);
      if (c < '0' || c > '9') {
        return Integer.MIN_VALUE;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
