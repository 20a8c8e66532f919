package org.tradeshock.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link Report} as GitHub-flavoured Markdown: figures as image links, tables as pipe
 * tables with a link to their CSV, equations as fenced text blocks and callouts as quotes.
 *
 * <p>Pure: no I/O. Relative links ({@code charts/<id>.png}, {@code tables/<id>.csv}) match the
 * layout that {@link ReportWriter} writes.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  /**
   * Renders without a run id footer.
   *
   * @param figurePaths image path per figure id; figures not in the map use {@code charts/<id>.png}
   */
  public static String render(Report report, Map<String, String> figurePaths) {
    return render(report, figurePaths, null);
  }

  /** Renders with a footer naming {@code runId}, unless it is null. */
  public static String render(Report report, Map<String, String> figurePaths, String runId) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(figurePaths, "figurePaths");
    StringBuilder md = new StringBuilder();
    md.append("# ").append(Inline.markdownText(report.title())).append("\n\n");
    if (!report.subtitle().isBlank()) {
      md.append('*').append(Inline.markdownText(report.subtitle())).append("*\n\n");
    }
    md.append("## Contents\n\n");
    for (Section s : report.sections()) {
      md.append("- [").append(Inline.markdownText(s.title())).append("](#").append(s.id()).append(")\n");
    }
    md.append('\n');
    Numbering numbering = new Numbering();
    for (Section s : report.sections()) {
      md.append("<a id=\"").append(s.id()).append("\"></a>\n\n");
      md.append("## ").append(Inline.markdownText(s.title())).append("\n\n");
      for (Block b : s.blocks()) {
        block(md, b, figurePaths, numbering);
        md.append('\n');
      }
    }
    if (runId != null) {
      md.append("---\n\nRun `").append(runId).append("`\n");
    }
    return md.toString();
  }

  private static void block(StringBuilder md, Block block, Map<String, String> figurePaths, Numbering n) {
    // Java 17 has no pattern matching for switch, hence the if chain over the sealed interface.
    if (block instanceof Paragraph p) {
      md.append(Inline.markdown(p.text(), "")).append('\n');
    } else if (block instanceof BulletList l) {
      l.items().forEach(i -> md.append("- ").append(Inline.markdown(i, "  ")).append('\n'));
    } else if (block instanceof Equation e) {
      md.append("```text\n").append(e.text()).append("\n```\n");
    } else if (block instanceof Callout c) {
      md.append("> **").append(c.kind().label()).append(":** ");
      md.append(Inline.markdown(c.text(), "> ")).append('\n');
    } else if (block instanceof Figure f) {
      String path = figurePaths.getOrDefault(f.id(), "charts/" + f.id() + ".png");
      md.append("![").append(Inline.markdownText(f.caption())).append("](").append(path).append(")\n\n");
      md.append("*Figure ").append(n.nextFigure()).append(". ").append(Inline.markdownText(f.caption())).append("*\n");
    } else if (block instanceof Table t) {
      table(md, t, n.nextTable());
    } else {
      throw new IllegalStateException("unknown block type " + block.getClass().getName());
    }
  }

  private static void table(StringBuilder md, Table t, int number) {
    md.append("**Table ").append(number).append(". ").append(Inline.markdownText(t.caption())).append("**\n\n");
    List<Table.Column> columns = t.columns();
    md.append('|');
    columns.forEach(c -> md.append(' ').append(Inline.markdownCell(c.name())).append(" |"));
    md.append("\n|");
    columns.forEach(c -> md.append(c.kind() == Table.Kind.NUMBER ? " ---: |" : " :--- |"));
    md.append('\n');
    for (List<Table.Cell> row : t.rows()) {
      md.append('|');
      row.forEach(cell -> md.append(' ').append(Inline.markdownCell(cell.shown())).append(" |"));
      md.append('\n');
    }
    md.append('\n');
    if (!t.note().isBlank()) {
      md.append("*Note:* ").append(Inline.markdown(t.note(), "")).append("\n\n");
    }
    md.append("[Download CSV](tables/").append(t.id()).append(".csv)\n");
  }

  /** Counts figures and tables in reading order, as printed documents do. */
  static final class Numbering {
    private int figures;
    private int tables;

    int nextFigure() {
      return ++figures;
    }

    int nextTable() {
      return ++tables;
    }
  }
}
