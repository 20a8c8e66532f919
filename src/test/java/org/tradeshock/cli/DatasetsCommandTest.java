package org.tradeshock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code datasets} through the application's own command line, exit codes and error handling included. */
class DatasetsCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run app(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = App.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("datasets"));
    all.addAll(List.of(args));
    int code = cl.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  private static String run(String... args) {
    Run r = app(args);
    assertEquals(0, r.code(), r.err());
    return r.out() + r.err();
  }

  /** Exit code 2, exactly one line on stderr, no stack trace, and every expected word in that line. */
  static void assertBadInput(Run r, String... words) {
    assertEquals(2, r.code(), r::err);
    List<String> lines = r.err().strip().lines().toList();
    assertEquals(1, lines.size(), r::err);
    assertTrue(lines.get(0).startsWith("tradeshock: "), r::err);
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r::err);
    for (String w : words) {
      assertTrue(lines.get(0).contains(w), () -> "expected '" + w + "' in: " + r.err());
    }
  }

  @Test
  void generatesThenIngestsThenSkipsTheSameFiles(@TempDir Path tmp) throws Exception {
    String gen = run("generate", "--rows", "20000", "--year", "2020", "--out", tmp.resolve("raw").toString());
    assertTrue(gen.contains("Wrote 20,000 rows"), gen);
    List<String> head = Files.readAllLines(tmp.resolve("raw/BACI_HS17_Y2020_V000000.csv")).subList(0, 2);
    assertEquals("t,i,j,k,v,q", head.get(0));
    String first = run("ingest", "--format", "baci", "--raw", tmp.resolve("raw").toString(), "--cache",
        tmp.resolve("cache").toString());
    assertTrue(first.contains("1 file(s) ingested") && first.contains("20,000 rows read, 20,000 kept"), first);
    String again = run("ingest", "--format", "baci", "--raw", tmp.resolve("raw").toString(), "--cache",
        tmp.resolve("cache").toString());
    assertTrue(again.contains("0 file(s) ingested, 1 skipped"), again);
  }

  @Test
  void streamsASelectionWithoutSparkOrCache() {
    String out = run("flows", "--format", "baci", "--raw", "src/test/resources/ingest/baci", "--hs", "3104",
        "--countries", "rus", "--no-cache");
    assertTrue(out.contains("2021,RUS,IND,310420,1200000.000,4000.0,BACI BACI_HS17_Y2021_V202201.csv,REPORTED"), out);
  }

  @Test
  void aWrongHeaderExitsWithTwoNamingTheFileAndLine(@TempDir Path tmp) throws Exception {
    Path raw = Files.createDirectories(tmp.resolve("raw"));
    Files.copy(Path.of("src/test/resources/ingest/baci/country_codes_fixture.csv"), raw.resolve("country_codes.csv"));
    Files.writeString(raw.resolve("BACI_x.csv"), "a,b\n1,2\n");
    assertBadInput(app("ingest", "--format", "baci", "--raw", raw.toString(), "--cache", tmp.resolve("c").toString()),
        "BACI_x.csv: line 1: a BACI data file must start with the header");
  }

  @Test
  void aMissingRawFolderExitsWithTwoForIngestAndFlows(@TempDir Path tmp) {
    String missing = tmp.resolve("no-such-folder").toString();
    assertBadInput(app("ingest", "--format", "comtrade", "--raw", missing, "--cache", tmp.resolve("c").toString()),
        "--raw", missing, "not found", "expected a folder of raw files");
    assertBadInput(app("flows", "--format", "baci", "--raw", missing, "--no-cache"),
        "--raw", missing, "not found");
    assertFalse(Files.exists(tmp.resolve("c")), "nothing is created for a rejected command");
  }

  @Test
  void aRawPathThatIsAFileExitsWithTwo(@TempDir Path tmp) throws Exception {
    Path f = Files.writeString(tmp.resolve("BACI.csv"), "t,i,j,k,v,q\n");
    assertBadInput(app("flows", "--format", "baci", "--raw", f.toString(), "--no-cache"),
        "--raw", "is not a folder");
  }

  @Test
  void badSelectionOptionsExitWithTwoNamingTheOption() {
    String raw = "src/test/resources/ingest/baci";
    assertBadInput(app("flows", "--format", "baci", "--raw", raw, "--hs", "3104,31x", "--no-cache"),
        "--hs", "'31x'", "2 to 6 digits");
    assertBadInput(app("flows", "--format", "baci", "--raw", raw, "--hs", "3104201", "--no-cache"),
        "--hs", "'3104201'");
    assertBadInput(app("flows", "--format", "baci", "--raw", raw, "--years", "21", "--no-cache"),
        "--years", "21", "1900..2100");
    assertBadInput(app("flows", "--format", "baci", "--raw", raw, "--countries", "RUSSIA", "--no-cache"),
        "--countries", "'RUSSIA'", "ISO3");
  }

  @Test
  void aNegativeRowCountExitsWithTwoAndWritesNothing(@TempDir Path tmp) {
    Path out = tmp.resolve("gen");
    assertBadInput(app("generate", "--rows", "-1", "--out", out.toString()), "--rows", "-1", ">= 1");
    assertBadInput(app("generate", "--rows", "10", "--year", "20", "--out", out.toString()), "--year", "1900..2100");
    assertFalse(Files.exists(out));
  }

  @Test
  void anOptionValueOfTheWrongTypeIsOneLineWithTheHelpHint() {
    Run r = app("generate", "--rows", "many", "--out", "x");
    assertBadInput(r, "--rows", "'many'", "--help");
    assertBadInput(app("ingest", "--format", "xml", "--raw", "x", "--cache", "y"), "--format");
  }
}
