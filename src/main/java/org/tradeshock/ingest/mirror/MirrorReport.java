package org.tradeshock.ingest.mirror;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tradeshock.common.Checks;

/**
 * How much of each exporter's total came from mirror (partner-reported) figures.
 *
 * @param rows one row per exporter, sorted by exporter code
 */
public record MirrorReport(List<Row> rows) {

  /** Copies the rows. */
  public MirrorReport {
    rows = List.copyOf(rows);
  }

  /**
   * One exporter's totals.
   *
   * @param exporter ISO3 code
   * @param totalUsd all its export value in the selection
   * @param mirrorUsd the part rebuilt from importers' reports
   * @param mirrorFlows number of flows taken from mirrors
   * @param flows number of flows
   * @param ownReportFallbacks flows of a listed non-reporter taken from its own report because no
   *     partner reported them (see {@link MirrorRule})
   */
  public record Row(String exporter, double totalUsd, double mirrorUsd, int mirrorFlows, int flows,
      int ownReportFallbacks) {
    /** Validates the totals. */
    public Row {
      Checks.nonNegative("totalUsd", totalUsd);
      Checks.nonNegative("mirrorUsd", mirrorUsd);
      Checks.check(mirrorFlows >= 0 && ownReportFallbacks >= 0 && mirrorFlows + ownReportFallbacks <= flows,
          "flow counts must be >= 0 and within flows=%d but were mirror=%d, fallback=%d", flows,
          mirrorFlows, ownReportFallbacks);
    }

    /** Share of the value from mirrors, in [0, 1] (0 for an empty total). */
    public double mirrorShare() {
      return totalUsd > 0 ? mirrorUsd / totalUsd : 0;
    }
  }

  /** The row of {@code exporter}, if any. */
  public java.util.Optional<Row> of(String exporter) {
    return rows.stream().filter(r -> r.exporter().equals(exporter)).findFirst();
  }

  /** Flows of listed non-reporters that came from their own report for want of a partner report. */
  public int ownReportFallbacks() {
    return rows.stream().mapToInt(Row::ownReportFallbacks).sum();
  }

  /**
   * A Markdown table of exporters with any mirror share or own-report fallback, for reports.
   */
  public String toMarkdown() {
    return "| Exporter | Total (USD) | From mirrors (USD) | Share | Own report, no partner report (flows) |\n"
        + "|---|---:|---:|---:|---:|\n"
        + rows.stream().filter(r -> r.mirrorFlows() > 0 || r.ownReportFallbacks() > 0)
            .map(r -> String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.1f%% | %d |", r.exporter(),
                r.totalUsd(), r.mirrorUsd(), 100 * r.mirrorShare(), r.ownReportFallbacks()))
            .collect(Collectors.joining("\n")) + "\n";
  }
}
