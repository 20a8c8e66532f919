package org.tradeshock.ingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void reportsRowsBytesRateAndAnEtaFromInputBytesConsumed() {
    StringWriter out = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress p = Progress.to(new PrintWriter(out), 200_000_000, 5, clock::get);
    clock.set(10 * SECOND);
    p.consumed(50_000_000); // a quarter of the input in 10 s: 150 MB left at 5 MB/s -> 30 s
    p.advance(65_536, 400_000_000); // decompressed text is larger than the input it came from
    String line = out.toString();
    assertTrue(line.contains("65,536 rows") && line.contains("400.0 MB") && line.contains("40.0 MB/s")
        && line.contains("input 25%") && line.contains("ETA 30 s"), line);
    IngestSummary s = new IngestSummary(1, 2, 10, 8, 2, Map.of(Quarantine.Reason.DUPLICATE_KEY, 2L), 1_500_000, 1.25);
    assertEquals("1 file(s) ingested, 2 skipped (already ingested); 10 rows read, 8 kept, 2 quarantined"
        + " {DUPLICATE_KEY=2}; 1.5 MB in 1.25 s", s.describe());
  }

  @Test
  void saysTheEtaIsUnknownBeforeAnyInputIsConsumed() {
    StringWriter out = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress p = Progress.to(new PrintWriter(out), 200_000_000, 1, clock::get);
    clock.set(2 * SECOND);
    p.advance(10_000, 100_000_000);
    assertTrue(out.toString().contains("ETA ?"), out.toString());
  }

  @Test
  void printsWhenTheRowCountCrossesACheckPointWhateverTheStepSize() {
    StringWriter out = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress p = Progress.to(new PrintWriter(out), 0, 2, clock::get);
    // steps that never land on a multiple of 4096 or 65536, as a reader's per-file remainders do
    for (int i = 0; i < 100; i++) {
      clock.addAndGet(SECOND);
      p.advance(1000 + i % 7, 1);
    }
    long lines = out.toString().lines().count();
    // 100,295 rows (100 x 1000 plus the i % 7 remainders) cross 24 multiples of 4096, each at least
    // 4 s after the previous one: one line each
    assertEquals(24, lines, out.toString());
  }

  @Test
  void printsNoMoreOftenThanTheInterval() {
    StringWriter out = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress p = Progress.to(new PrintWriter(out), 0, 5, clock::get);
    for (int i = 0; i < 1000; i++) {
      clock.addAndGet(SECOND / 10); // 100 s in all
      p.advance(Progress.CHECK_ROWS, 1);
    }
    assertEquals(20, out.toString().lines().count(), out.toString()); // one line per 5 s
  }

  @Test
  void skippedInputLeavesTheTotal() {
    StringWriter out = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress p = Progress.to(new PrintWriter(out), 300, 0, clock::get);
    p.skipped(200); // an already ingested file: no time spent on it
    clock.set(SECOND);
    p.consumed(50);
    p.advance(Progress.CHECK_ROWS, 1);
    assertTrue(out.toString().contains("input 50%") && out.toString().contains("ETA 1 s"), out.toString());
  }
}
