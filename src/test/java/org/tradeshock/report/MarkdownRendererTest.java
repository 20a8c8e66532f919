package org.tradeshock.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void matchesGoldenFileForSmallReport() throws IOException {
    String expected = Files.readString(Path.of("src/test/resources/expected/report-small.md"), StandardCharsets.UTF_8);
    assertEquals(expected, MarkdownRenderer.render(SampleReports.small(), Map.of()));
  }

  @Test
  void containsSectionsTablesAndFigureReferences() {
    String md = MarkdownRenderer.render(SampleReports.flagship(), Map.of("price", "img/price.png"), "20261122T142300Z");
    assertTrue(md.contains("## Summary"));
    assertTrue(md.contains("- [Welfare](#welfare)"));
    assertTrue(md.contains("![World potash export shares, 2015-2025 (share of export value)](charts/shares.png)"));
    assertTrue(md.contains("](img/price.png)"), "explicit figure path is used");
    assertTrue(md.contains("| Scenario | Belarus volume (%) | Belarus revenue (%) | World price (%) |"));
    assertTrue(md.contains("| :--- | ---: | ---: | ---: |"));
    assertTrue(md.contains("[Download CSV](tables/welfare.csv)"));
    assertTrue(md.contains("Run `20261122T142300Z`"));
  }

  @Test
  void escapesPipesInTableCells() {
    Report r = Report.of("T", "", Section.of("s", "S",
        Table.builder("t", "C").text("A|B").row("x|y").build()));
    assertTrue(MarkdownRenderer.render(r, Map.of()).contains("| x\\|y |"));
  }
}
