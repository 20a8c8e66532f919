package org.tradeshock.ingest.comtrade;

import java.util.Arrays;

/**
 * The reports of one Comtrade file summed to the year, kept in insertion order: an open-addressing
 * map from a packed key (year, reporter, partner, HS code, flow; see {@link #key}) to parallel
 * arrays, so that a file of a million rows costs tens of megabytes rather than a boxed map's hundreds.
 *
 * <p>Each entry remembers which periods it has seen (bit 0 the annual row, bits 1 to 12 the months),
 * which is how the reader tells a second report for the same period from the next month.
 */
final class YearTotals {
  private static final long FREE = Long.MIN_VALUE;
  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private long[] table = new long[1 << 10];
  private int[] slotIndex = new int[1 << 10];
  private long[] keys = new long[256];
  private double[] value = new double[256];
  private double[] kg = new double[256];
  private int[] periods = new int[256];
  private String[] reporter = new String[256];
  private String[] partner = new String[256];
  private int size;

  YearTotals() {
    Arrays.fill(table, FREE);
  }

  /**
   * Packs a report's identity into 58 bits: year - 1900 (bits 54..61), reporter code (44..53),
   * partner code (34..43), the HS code's number (4..23), its length in pairs of digits (1..2) and
   * the flow (bit 0, 1 for exports). Codes must be below 1024 and the HS code 2, 4 or 6 digits.
   */
  static long key(int year, int reporter, int partner, String hs, boolean export) {
    return ((long) (year - 1900) << 54) | ((long) reporter << 44) | ((long) partner << 34)
        | ((long) Integer.parseInt(hs) << 4) | ((long) (hs.length() / 2) << 1) | (export ? 1 : 0);
  }

  /** The key of the same report at a coarser HS level ({@code digits} 2 or 4, below the key's own). */
  static long coarser(long key, int digits) {
    int len = hsDigits(key);
    long code = hsNumber(key) / POW10[len - digits];
    return (key & ~0xFFFFFFL) | (code << 4) | ((long) (digits / 2) << 1) | (key & 1);
  }

  static int year(long key) {
    return (int) (key >>> 54) + 1900;
  }

  static boolean export(long key) {
    return (key & 1) == 1;
  }

  static int hsDigits(long key) {
    return (int) ((key >>> 1) & 3) * 2;
  }

  private static long hsNumber(long key) {
    return (key >>> 4) & 0xFFFFF;
  }

  /** The HS code with its leading zeros ("0101", not "101"). */
  static String hs(long key) {
    String digits = Long.toString(hsNumber(key));
    int len = hsDigits(key);
    return "0".repeat(len - digits.length()) + digits;
  }

  /** The entry of {@code key}, or -1. */
  int find(long key) {
    int mask = table.length - 1;
    for (int s = slot(key, mask); ; s = (s + 1) & mask) {
      if (table[s] == FREE) {
        return -1;
      }
      if (table[s] == key) {
        return slotIndex[s];
      }
    }
  }

  /** A new entry for {@code key}, which must not be present. */
  int add(long key, String reporterIso, String partnerIso) {
    if (size == keys.length) {
      int n = size * 2;
      keys = Arrays.copyOf(keys, n);
      value = Arrays.copyOf(value, n);
      kg = Arrays.copyOf(kg, n);
      periods = Arrays.copyOf(periods, n);
      reporter = Arrays.copyOf(reporter, n);
      partner = Arrays.copyOf(partner, n);
    }
    if ((size + 1) * 2 > table.length) {
      rehash(table.length * 2);
    }
    int i = size++;
    keys[i] = key;
    reporter[i] = reporterIso;
    partner[i] = partnerIso;
    put(key, i);
    return i;
  }

  /** Adds one period's report to entry {@code i}; an unknown weight makes the year's weight unknown. */
  void accumulate(int i, int period, double usd, double kilograms) {
    boolean first = periods[i] == 0;
    value[i] += usd;
    kg[i] = first ? kilograms : kg[i] + kilograms; // NaN stays NaN
    periods[i] |= 1 << period;
  }

  int size() {
    return size;
  }

  long key(int i) {
    return keys[i];
  }

  double value(int i) {
    return value[i];
  }

  double kg(int i) {
    return kg[i];
  }

  /** Bit 0: the annual row was seen; bit m: month m was seen. */
  int periods(int i) {
    return periods[i];
  }

  String reporter(int i) {
    return reporter[i];
  }

  String partner(int i) {
    return partner[i];
  }

  private void put(long key, int index) {
    int mask = table.length - 1;
    int s = slot(key, mask);
    while (table[s] != FREE) {
      s = (s + 1) & mask;
    }
    table[s] = key;
    slotIndex[s] = index;
  }

  private void rehash(int capacity) {
    table = new long[capacity];
    slotIndex = new int[capacity];
    Arrays.fill(table, FREE);
    for (int i = 0; i < size; i++) {
      put(keys[i], i);
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
