package org.tradeshock.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Writes the flagship sample report to a folder given as argument, to look at it in a browser. */
final class SampleReportDemo {
  private SampleReportDemo() {}

  public static void main(String[] args) {
    Path run = ReportWriter.to(Path.of(args[0]))
        .write(SampleReports.flagship(), "sample", RunIds.next(Clock.systemUTC()),
            dir -> Map.of("outputs", Manifest.sha256Tree(dir)), Map.of());
    System.out.println(run);
  }
}
