package org.tradeshock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AppTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = App.commandLine();
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
}
