package org.tradeshock.ingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void reportsRowsBytesRateAndEtaAndASummary() {
    StringWriter out = new StringWriter();
    Progress p = Progress.to(new PrintWriter(out), 200_000_000, 0);
    p.advance(65_536, 100_000_000); // half of the bytes
    String line = out.toString();
    assertTrue(line.contains("65,536 rows") && line.contains("100.0 MB") && line.contains("MB/s")
        && line.contains("ETA") && !line.contains("ETA ?"), line);
    IngestSummary s = new IngestSummary(1, 2, 10, 8, 2, Map.of(Quarantine.Reason.DUPLICATE_KEY, 2L), 1_500_000, 1.25);
    assertEquals("1 file(s) ingested, 2 skipped (already ingested); 10 rows read, 8 kept, 2 quarantined"
        + " {DUPLICATE_KEY=2}; 1.5 MB in 1.25 s", s.describe());
  }
}
