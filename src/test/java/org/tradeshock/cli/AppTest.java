package org.tradeshock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class AppTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return run(App.commandLine(), args);
  }

  private int run(CommandLine cl, String... args) {
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void validatesTheFlagshipJobWithExitCodeZero() {
    assertEquals(0, run("validate", "jobs/potash-us-relief.yaml"), err::toString);
    assertTrue(out.toString().contains("valid job 'potash-us-relief'"), out::toString);
  }

  @Test
  void badJobFileExitsWithTwoAndOneLineWithoutStackTrace(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("j.yaml"), "job: x\nwhat: 1\n");
    assertEquals(2, run("validate", f.toString()));
    String e = err.toString();
    assertTrue(e.startsWith("tradeshock: error: " + f + ": key what"), e);
    assertFalse(e.contains("\tat "), "no stack trace: " + e);
    assertEquals(1, e.strip().lines().count(), e);
  }

  @Test
  void missingJobFileForRunExitsWithTwo() {
    assertEquals(2, run("run", "jobs/does-not-exist.yaml"));
    assertTrue(err.toString().contains("job file not found"), err::toString);
  }

  @Test
  void anUnknownSensitivityMethodOrDrawsWithoutAMonteCarloExitWithTwoBeforeAnythingRuns() {
    assertEquals(2, run("run", "jobs/potash-us-relief.yaml", "--sensitivity", "fast"));
    assertTrue(err.toString().contains("--sensitivity: 'fast' is not a method; expected monte_carlo (mc) or"
        + " one_at_a_time (oat)"), err::toString);
    assertEquals(2, run("run", "jobs/potash-us-relief.yaml", "--sensitivity", "oat", "--draws", "100"));
    assertTrue(err.toString().contains("--draws: applies to the Monte Carlo only"), err::toString);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("frobnicate"));
    assertEquals(2, run("run"));
    assertTrue(err.toString().contains("Missing required parameter"), err::toString);
  }

  @Test
  void helpOnEveryCommandExitsWithZero() {
    for (String cmd : new String[] {"run", "validate", "list"}) {
      assertEquals(0, run(cmd, "--help"), cmd);
    }
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("Exit codes:"), out::toString);
  }

  @Test
  void listsTheJobsWithTheirTitles() {
    assertEquals(0, run("list"));
    assertTrue(out.toString().contains("potash-us-relief.yaml"), out::toString);
    assertTrue(out.toString().contains("US relief of potash sanctions"), out::toString);
  }

  @Test
  void listOfAMissingFolderExitsWithTwo() {
    assertEquals(2, run("list", "--jobs-dir", "no-such-folder"));
  }

  /** A copy of the flagship job and its datasets in {@code dir}, with {@code from} replaced by {@code to}. */
  private static Path flagshipWith(Path dir, String from, String to) throws IOException {
    Path jobs = Files.createDirectories(dir.resolve("jobs"));
    Path data = Files.createDirectories(dir.resolve("datasets"));
    try (Stream<Path> s = Files.list(Path.of("datasets"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(p, data.resolve(p.getFileName()));
      }
    }
    // The flagship names the capacity job as its calibration.alternative.
    Files.copy(Path.of("jobs/potash-us-relief-capacity.yaml"), jobs.resolve("potash-us-relief-capacity.yaml"));
    String yaml = Files.readString(Path.of("jobs/potash-us-relief.yaml"));
    assertTrue(yaml.contains(from), "fixture text not found: " + from);
    return Files.writeString(jobs.resolve("job.yaml"), yaml.replace(from, to));
  }

  @Test
  void aJobWithABadHsCodeExitsWithTwoNamingTheKey(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("raw"));
    Path f = flagshipWith(dir, "  kind: estimated\n", "  kind: comtrade\n  raw: ../raw\n  hs: [3104, 31x]\n");
    assertEquals(2, run("validate", f.toString()), err::toString);
    String e = err.toString();
    assertEquals(1, e.strip().lines().count(), e);
    assertTrue(e.startsWith("tradeshock: error: " + f + ": key baseline.hs[1]"), e);
    assertTrue(e.contains("'31x' is not an HS prefix; expected 2 to 6 digits"), e);
  }

  @Test
  void aReportsFolderThatCannotBeCreatedIsAFailureWithExitCodeOne(@TempDir Path dir) throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("reports"), "a file where the reports folder should be");
    assertEquals(1, run("run", "jobs/potash-us-relief.yaml", "--reports", notAFolder.toString()), err::toString);
    String e = err.toString();
    assertEquals(1, e.strip().lines().count(), e);
    assertTrue(e.startsWith("tradeshock: failed: Cannot create the reports folder " + notAFolder), e);
    assertTrue(e.contains("TRADESHOCK_DEBUG"), e);
    assertFalse(e.contains("\tat "), e);
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      // what a reader behind an I/O wrapper or a worker thread delivers
      throw new UncheckedIOException("Cannot read raw.zip",
          new IOException(new BadInputException("raw.zip", "member BACI.csv", "truncated archive; expected a complete zip")));
    }
  }

  @Test
  void badInputWrappedInAnotherExceptionStillExitsWithTwo() {
    CommandLine cl = App.commandLine();
    cl.addSubcommand("boom", new Boom());
    assertEquals(2, run(cl, "boom"), err::toString);
    assertEquals("tradeshock: error: raw.zip: member BACI.csv: truncated archive; expected a complete zip",
        err.toString().strip());
  }

  @Test
  void usageErrorsAreOneLine() {
    assertEquals(2, run("valdate", "jobs/potash-us-relief.yaml"));
    String e = err.toString();
    assertEquals(1, e.strip().lines().count(), e);
    assertTrue(e.contains("valdate") && e.contains("validate") && e.contains("--help"), e);
  }
}
