package org.tradeshock.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class ReportWriterTest {
  @TempDir Path root;

  private Path writeSmall(String runId) {
    return ReportWriter.to(root).write(SampleReports.small(), "job-a", runId,
        dir -> Map.of("runId", runId, "outputs", Manifest.sha256Tree(dir)),
        Map.of("job.yaml", "name: job-a\n", "inputs/notes.txt", "hello"));
  }

  @Test
  void writesExpectedFileTree() throws IOException {
    Path run = writeSmall("20261122T142300Z");
    assertEquals(root.resolve("job-a/20261122T142300Z"), run);
    assertEquals(
        List.of("charts/shares.png", "charts/shares.svg", "inputs/notes.txt", "job.yaml", "manifest.json",
            "report.html", "report.md", "tables/exports.csv"),
        files(run));
    assertEquals(List.of("job-a"), names(root), "no incomplete folder or temp link left");
    assertTrue(Files.readString(run.resolve("report.md")).contains("Run `20261122T142300Z`"));
    assertTrue(Files.readString(run.resolve("report.html")).contains("data:image/png;base64,"));
  }

  @Test
  void writesValidPrettyManifestWithHashesOfOtherOutputs() throws IOException {
    Path run = writeSmall("20261122T142300Z");
    String text = Files.readString(run.resolve("manifest.json"));
    assertTrue(text.contains("\n  \""), "pretty-printed");
    JsonNode json = new ObjectMapper().readTree(text);
    assertEquals("20261122T142300Z", json.get("runId").asText());
    assertEquals(Manifest.sha256(run.resolve("report.html")), json.get("outputs").get("report.html").asText());
    assertTrue(json.get("outputs").has("charts/shares.png"));
  }

  @Test
  void csvRoundTripsQuotesCommasAndRawNumbers() throws IOException {
    Path run = writeSmall("20261122T142300Z");
    String csv = Files.readString(run.resolve("tables/exports.csv"), StandardCharsets.UTF_8);
    assertEquals("Country,Exports (kt)\r\n\"Belarus, \"\"BY\"\"\",1234.56\r\nCanada,20500\r\n", csv);
    List<List<String>> parsed = parseCsv(csv);
    assertEquals(List.of("Belarus, \"BY\"", "1234.56"), parsed.get(1));
    assertEquals(1234.56, Double.parseDouble(parsed.get(1).get(1)), 1e-12);
  }

  @Test
  void pointsLatestAtNewestRun() throws IOException {
    writeSmall("20261122T142300Z");
    Path second = writeSmall("20261122T142400Z");
    Path latest = root.resolve("job-a/latest");
    if (Files.isSymbolicLink(latest)) {
      assertEquals(Path.of("20261122T142400Z"), Files.readSymbolicLink(latest), "relative link");
      assertEquals(second.toRealPath(), latest.toRealPath());
    } else {
      assertEquals("20261122T142400Z", Files.readString(root.resolve("job-a/LATEST")).trim());
    }
    assertEquals(List.of("20261122T142300Z", "20261122T142400Z", "latest"), names(root.resolve("job-a")));
  }

  @Test
  void failingChartLeavesNothingAndRethrows() throws IOException {
    XYChart broken = new XYChart(200, 100) {
      @Override
      public void paint(Graphics2D g, int width, int height) {
        throw new IllegalStateException("chart exploded");
      }
    };
    Report report = Report.of("R", "", Section.of("s", "S", Figure.of("bad", "Broken", broken)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ReportWriter.to(root).write(report, "job-b", "20261122T142300Z", dir -> null, Map.of()));
    assertEquals("chart exploded", e.getMessage());
    assertEquals(List.of(), names(root), "no job folder, no incomplete folder");
  }

  @Test
  void failingManifestKeepsOtherRunsAndLeavesNoIncompleteFolder() throws IOException {
    writeSmall("20261122T142300Z");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> ReportWriter.to(root).write(SampleReports.small(), "job-a", "20261122T142500Z",
            dir -> { throw new IOException("disk full"); }, Map.of()));
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    assertEquals(List.of("20261122T142300Z", "latest"), names(root.resolve("job-a")));
  }

  @Test
  void unwritableRootFailsClearly() throws IOException {
    Path notADir = Files.writeString(root.resolve("file"), "x");
    assertThrows(UncheckedIOException.class,
        () -> ReportWriter.to(notADir).write(SampleReports.small(), "j", "20261122T142300Z", dir -> null, Map.of()));
    assertEquals(List.of("file"), names(root));
  }

  @Test
  void refusesToOverwriteExistingRun() {
    writeSmall("20261122T142300Z");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> writeSmall("20261122T142300Z"));
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
  }

  @Test
  void rejectsExtraFileOutsideRunFolder() throws IOException {
    assertThrows(IllegalArgumentException.class, () -> ReportWriter.to(root).write(SampleReports.small(), "j",
        "20261122T142300Z", dir -> null, Map.of("../escape.txt", "x")));
    assertEquals(List.of(), names(root));
    assertTrue(Files.notExists(root.resolve("escape.txt")));
  }

  @Test
  void pngAndSvgFilesAreRealImages() throws IOException {
    Path run = writeSmall("20261122T142300Z");
    byte[] png = Files.readAllBytes(run.resolve("charts/shares.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    assertTrue(Files.readString(run.resolve("charts/shares.svg")).startsWith("<?xml"));
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A minimal RFC 4180 reader, independent of the writer's code. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
