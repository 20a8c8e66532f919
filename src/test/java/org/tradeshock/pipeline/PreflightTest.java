package org.tradeshock.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.job.JobLoader;

class PreflightTest {
  @TempDir Path dir;
  private Path job;

  @BeforeEach
  void copyTheFlagship() throws IOException {
    // The flagship names ../datasets/...: mirror that layout so each test can spoil one table.
    Path data = Files.createDirectories(dir.resolve("datasets"));
    try (Stream<Path> s = Files.list(Path.of("datasets"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(p, data.resolve(p.getFileName()));
      }
    }
    job = Files.copy(Path.of("jobs", "potash-us-relief.yaml"),
        Files.createDirectories(dir.resolve("jobs")).resolve("job.yaml"));
    // The flagship names the capacity job as its calibration.alternative.
    Files.copy(Path.of("jobs", "potash-us-relief-capacity.yaml"), dir.resolve("jobs").resolve("potash-us-relief-capacity.yaml"));
  }

  @Test
  void acceptsTheBundledDatasets() {
    assertDoesNotThrow(() -> Preflight.check(JobLoader.load(job)));
  }

  @Test
  void findsABadReferenceRowWithItsFileAndLine() throws IOException {
    Path production = dir.resolve("datasets/production.csv");
    String text = Files.readString(production);
    Files.writeString(production, text.replaceFirst("\n2024,BLR,Belarus,7000,", "\n2024,BLR,Belarus,lots,"));
    long line = text.substring(0, text.indexOf("\n2024,BLR,Belarus,7000,")).chars().filter(c -> c == '\n').count() + 2;
    BadInputException e = assertThrows(BadInputException.class, () -> Preflight.check(JobLoader.load(job)));
    assertTrue(e.getMessage().startsWith(production.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("line " + line), e.getMessage());
    assertTrue(e.getMessage().contains("lots"), e.getMessage());
  }

  @Test
  void findsABadTradeTotalsRowWithoutSpark() throws IOException {
    Path totals = dir.resolve("datasets/trade_totals.csv");
    String text = Files.readString(totals);
    Files.writeString(totals, text + "2019,XXX\n");
    BadInputException e = assertThrows(BadInputException.class, () -> Preflight.check(JobLoader.load(job)));
    assertTrue(e.getMessage().startsWith(totals.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("line " + (text.lines().count() + 1)), e.getMessage());
  }

  @Test
  void rejectsAMeasureCitingAnEventTheTimelineLacks() throws IOException {
    Files.writeString(job, Files.readString(job).replace("events: [lt-klaipeda-transit-halt]", "events: [lt-no-such-event]"));
    BadInputException e = assertThrows(BadInputException.class, () -> Preflight.check(JobLoader.load(job)));
    assertTrue(e.getMessage().contains("key measures[3].events[0]"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown timeline event 'lt-no-such-event'"), e.getMessage());
  }

  @Test
  void rejectsAScenarioCitingAnEventTheTimelineLacks() throws IOException {
    Files.writeString(job, Files.readString(job).replace("events: [us-potash-relief-announcement, us-gl13-potash-relief]",
        "events: [us-gl99]"));
    BadInputException e = assertThrows(BadInputException.class, () -> Preflight.check(JobLoader.load(job)));
    assertTrue(e.getMessage().contains("key scenarios[2].events[0]: unknown timeline event 'us-gl99'"), e.getMessage());
  }
}
