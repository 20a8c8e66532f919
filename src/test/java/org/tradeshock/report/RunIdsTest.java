package org.tradeshock.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunIdsTest {

  @Test
  void formatsUtcRegardlessOfClockZone() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T14:23:00.789Z"), ZoneId.of("Asia/Tokyo"));
    assertEquals("20261122T142300Z", RunIds.next(clock));
  }

  @Test
  void idsSortByTime() {
    List<Instant> times = List.of(Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-10T09:00:00Z"),
        Instant.parse("2026-11-22T14:23:00Z"), Instant.parse("2027-01-01T00:00:01Z"));
    List<String> ids = new ArrayList<>();
    for (Instant t : times) {
      ids.add(RunIds.next(Clock.fixed(t, ZoneId.of("UTC"))));
    }
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(ids, sorted);
  }

  @Test
  void rejectsMalformedId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunIds.check("2026-11-22"));
    assertTrue(e.getMessage().contains("'2026-11-22'"), e.getMessage());
  }
}
