package org.tradeshock.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.chart.EventMarker;
import org.tradeshock.chart.ShareChart;

/** The assembly example handed to the pipeline engineer, kept executable. */
class ReportExampleTest {
  @TempDir Path reports;

  @Test
  void assemblesAndWritesReportInAFewLines() throws Exception {
    Map<String, double[]> shares = new LinkedHashMap<>();
    shares.put("Belarus", new double[] {0.20, 0.21, 0.09});
    shares.put("Canada", new double[] {0.33, 0.34, 0.40});
    List<EventMarker> events = List.of(new EventMarker(LocalDate.of(2021, 8, 9), "US sanctions"));

    Report report = Report.of("Belarus potash relief", "job belarus-potash",
        Section.of("summary", "Summary",
            Paragraph.of("Belarus exports rise by **18.5 %**."),
            Callout.warning("2025 baseline is estimated.")),
        Section.of("trade", "Trade",
            Figure.of("shares", "Export shares",
                ShareChart.build("World potash export shares", new int[] {2020, 2021, 2022}, shares, events,
                    ShareChart.Mode.LINES)),
            Table.builder("shares", "Export shares, 2022").text("Country").number("Share (%)", 1)
                .row("Belarus", 9.0).row("Canada", 40.0).note("Source: UN Comtrade.").build()));

    String runId = RunIds.next(Clock.fixed(Instant.parse("2026-11-22T14:23:00Z"), ZoneOffset.UTC));
    Path run = ReportWriter.to(reports).write(report, "belarus-potash", runId,
        dir -> Map.of("runId", runId, "outputs", Manifest.sha256Tree(dir)),
        Map.of("job.yaml", "scenario: relief\n"));

    assertTrue(Files.exists(run.resolve("report.html")));
    assertTrue(Files.exists(run.resolve("tables/shares.csv")));
    assertTrue(Files.exists(reports.resolve("belarus-potash/latest/charts/shares.png")));
  }
}
