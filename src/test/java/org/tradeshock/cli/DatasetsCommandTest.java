package org.tradeshock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import picocli.CommandLine;

class DatasetsCommandTest {
  private static String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new DatasetsCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    assertEquals(expectedExit, cl.execute(args), out::toString);
    return out.toString();
  }

  @Test
  void generatesThenIngestsThenSkipsTheSameFiles(@TempDir Path tmp) throws Exception {
    String gen = run(0, "generate", "--rows", "20000", "--year", "2020", "--out", tmp.resolve("raw").toString());
    assertTrue(gen.contains("Wrote 20,000 rows"), gen);
    List<String> head = Files.readAllLines(tmp.resolve("raw/BACI_HS17_Y2020_V000000.csv")).subList(0, 2);
    assertEquals("t,i,j,k,v,q", head.get(0));
    String first = run(0, "ingest", "--format", "baci", "--raw", tmp.resolve("raw").toString(), "--cache",
        tmp.resolve("cache").toString());
    assertTrue(first.contains("1 file(s) ingested") && first.contains("20,000 rows read, 20,000 kept"), first);
    String again = run(0, "ingest", "--format", "baci", "--raw", tmp.resolve("raw").toString(), "--cache",
        tmp.resolve("cache").toString());
    assertTrue(again.contains("0 file(s) ingested, 1 skipped"), again);
  }

  @Test
  void streamsASelectionWithoutSparkOrCache() {
    String out = run(0, "flows", "--format", "baci", "--raw", "src/test/resources/ingest/baci", "--hs", "3104",
        "--countries", "RUS", "--no-cache");
    assertTrue(out.contains("2021,RUS,IND,310420,1200000.000,4000.0,BACI BACI_HS17_Y2021_V202201.csv,REPORTED"), out);
  }

  @Test
  void throwsBadInputForAWrongHeaderSoTheApplicationExitsWith2(@TempDir Path tmp) throws Exception {
    Path raw = Files.createDirectories(tmp.resolve("raw"));
    Files.copy(Path.of("src/test/resources/ingest/baci/country_codes_fixture.csv"), raw.resolve("country_codes.csv"));
    Files.writeString(raw.resolve("BACI_x.csv"), "a,b\n1,2\n");
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new DatasetsCommand());
    cl.setErr(new PrintWriter(err));
    // what the integrator's top-level command does: BadInputException -> exit code 2
    cl.setExitCodeExceptionMapper(e -> e instanceof BadInputException ? 2 : 1);
    int code = cl.execute("ingest", "--format", "baci", "--raw", raw.toString(), "--cache",
        tmp.resolve("c").toString());
    assertEquals(2, code);
    assertTrue(err.toString().contains("BACI_x.csv: line 1: a BACI data file must start with the header"),
        err.toString());
  }
}
