package org.tradeshock.ingest.quality;

/**
 * An open-addressing set of longs, for duplicate-key detection over tens of millions of rows without
 * boxing (a {@code HashSet<Long>} would need about 60 bytes per key instead of 8 to 16).
 */
public final class LongSet {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] slots;
  private int size;
  private boolean hasEmptyKey;

  /** An empty set sized for about {@code expected} keys. */
  public LongSet(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[cap];
    java.util.Arrays.fill(slots, EMPTY);
  }

  /** Adds {@code key}; returns false when it was already present. */
  public boolean add(long key) {
    if (key == EMPTY) {
      boolean had = hasEmptyKey;
      hasEmptyKey = true;
      return !had;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = mix(key) & mask;
    while (slots[i] != EMPTY) {
      if (slots[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = key;
    size++;
    return true;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    java.util.Arrays.fill(slots, EMPTY);
    size = 0;
    for (long k : old) {
      if (k != EMPTY) {
        add(k);
      }
    }
  }

  /** Number of keys. */
  public int size() {
    return size + (hasEmptyKey ? 1 : 0);
  }
}
