package org.tradeshock.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final byte[] FAKE_PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

  @Test
  void isSelfContainedWithEmbeddedImageAndNoExternalReferences() {
    String html = HtmlRenderer.render(SampleReports.small(), Map.of("shares", FAKE_PNG), "20261122T142300Z");
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(FAKE_PNG) + "\""));
    assertFalse(html.contains("http"), "no external http(s) references");
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<link"), "no external stylesheets");
    assertTrue(html.contains("<style>"));
    assertTrue(html.contains("Run 20261122T142300Z"));
  }

  @Test
  void containsTocSectionsTablesAndFigures() {
    String html = HtmlRenderer.render(SampleReports.small(), Map.of("shares", FAKE_PNG));
    assertTrue(html.contains("<a href=\"#summary\">Summary</a>"));
    assertTrue(html.contains("<section id=\"results\">"));
    assertTrue(html.contains("<td class=\"num\">1,234.6</td>"), "numbers are right-aligned and formatted");
    assertTrue(html.contains("<th class=\"num\">Exports (kt)</th>"));
    assertTrue(html.contains("Figure 1.</span> Export shares"));
    assertTrue(html.contains("href=\"tables/exports.csv\""));
    assertTrue(html.contains("<pre class=\"equation\">q = a * p^(-eps)</pre>"));
  }

  @Test
  void escapesSpecialCharactersAndRendersInlineSubset() {
    String html = HtmlRenderer.render(SampleReports.small(), Map.of("shares", FAKE_PNG));
    assertTrue(html.contains("<title>Potash &amp; sanctions &lt;test&gt;</title>"));
    assertTrue(html.contains("Relief <strong>lowers</strong> the <code>world price</code>.<br>\nSecond line &amp; &lt;more&gt;."));
    assertTrue(html.contains("<td>Belarus, &quot;BY&quot;</td>"));
    assertFalse(html.contains("<more>"));
  }

  @Test
  void rejectsFigureWithoutPng() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.render(SampleReports.small(), Map.of()));
    assertTrue(e.getMessage().contains("shares"), e.getMessage());
  }

  @Test
  void inlineLeavesUnmatchedMarkersLiteral() {
    assertTrue(Inline.html("a ** b ` c").equals("a ** b ` c"));
    assertTrue(Inline.html("**bold `code`**").equals("<strong>bold <code>code</code></strong>"));
  }

  @Test
  void putsTheIntervalOrQualifierOfANumberBelowIt() {
    assertTrue(HtmlRenderer.cellHtml(Table.Cell.qualified("+12.9%", "[+6.8%, +27.9%]", 0.129))
        .equals("+12.9%<br><span class=\"qual\">[+6.8%, +27.9%]</span>"));
    assertTrue(HtmlRenderer.cellHtml(Table.Cell.qualified("-59.5%", "(calibrated)", -0.595))
        .equals("-59.5%<br><span class=\"qual\">(calibrated)</span>"));
    assertTrue(HtmlRenderer.cellHtml(Table.Cell.number("-1,234.5", -1234.5)).equals("-1,234.5"), "no qualifier, one line");
    assertTrue(HtmlRenderer.cellHtml(Table.Cell.text("US relief (Dec 2025)")).equals("US relief (Dec 2025)"),
        "text that merely ends in brackets is not split");
  }

  @Test
  void markdownAndCsvShowTheQualifierAsTextAndExportTheNumberAlone() {
    Table.Cell c = Table.Cell.qualified("+12.9%", "[+6.8%, +27.9%]", 0.129);
    assertTrue(c.shown().equals("+12.9% [+6.8%, +27.9%]"));
    assertTrue(c.value() == 0.129);
  }
}
