package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradeshock.job.JobSpec;
import org.tradeshock.report.Block;
import org.tradeshock.report.Callout;
import org.tradeshock.report.Paragraph;
import org.tradeshock.report.Section;
import org.tradeshock.report.Table;
import org.tradeshock.scenario.Delta;

/** The one-screen summary for policy teams: the question, the headline and a table per scenario. */
final class SummarySection {
  private SummarySection() {}

  static Section build(Analysis a, Headline h) {
    List<Block> blocks = new ArrayList<>();
    if (a.job().spec().question() != null) {
      blocks.add(new Paragraph("**Question.** " + a.job().spec().question()));
    }
    blocks.add(new Paragraph(h.sentence()));
    blocks.add(table(a, h));
    if (a.observed() != null) {
      blocks.add(new Paragraph("**Check against the data.** " + a.observed().sentence()));
    }
    if (a.inputs().baseline().estimated()) {
      blocks.add(Callout.warning("The base-year bilateral matrix is **estimated** (RAS balancing of exporter and"
          + " importer totals with known bilateral shares fixed): no public bilateral potash matrix was available."
          + " Bilateral figures are model estimates, not observations. See Method."));
    }
    return new Section("summary", "Summary", blocks);
  }

  static Table table(Analysis a, Headline h) {
    JobSpec.Focus f = a.job().spec().focus();
    Table.Builder t = Table.builder("headline", "Headline results: each scenario against the state it is compared with")
        .text("Scenario").text("Compared with")
        .number(f.exporter() + " export volume", 1).number(f.exporter() + " volume (kt)", 0)
        .number(f.exporter() + " revenue", 1).number(f.exporter() + " revenue (USD m)", 0)
        .number("Market price", 1);
    for (Map.Entry<String, Delta> e : a.scenarios().deltas().entrySet()) {
      Delta d = e.getValue();
      if (isBaseItself(a, d)) {
        continue;
      }
      int i = h.focus();
      t.row(d.scenario().label(), label(a, d), withInterval(a, d, d.volume(i), 0), Fmt.kt(h.tonnesChange(d)),
          withInterval(a, d, d.revenue(i), 1), Fmt.millions(d.revenueDifference(i)), withInterval(a, d, d.marketPrice(), 2));
    }
    String intervals = !hasIntervals(a) ? "" : " In brackets: 90% Monte Carlo interval (P5 to P95), see Uncertainty.";
    return t.note("Volumes in product tonnes of the base year (" + a.job().spec().baseline().product()
        + " where estimated); money in USD of the base year. Market price: importers' delivered prices weighted"
        + " by base import values. The price in " + h.priceRegion() + " and welfare by country are in the scenario"
        + " comparison." + intervals).build();
  }

  /** A percentage cell, with its 90% interval when the run has a Monte Carlo. */
  static Table.Cell withInterval(Analysis a, Delta d, double value, int metric) {
    if (!hasIntervals(a)) {
      return Fmt.pct(value);
    }
    String f = a.job().spec().focus().exporter();
    String[] m = {"export volume change " + f, "export revenue change " + f, "import price index change"};
    String ref = "base".equals(d.reference().id()) ? null : d.reference().id();
    Intervals iv = Intervals.of(a.uncertainty().summary(), d.scenario().id(), ref, m[metric]);
    return Table.Cell.number(Fmt.pctText(value) + " " + iv.range(), value);
  }

  /** Whether the run has Monte Carlo intervals (a one-at-a-time run has none). */
  static boolean hasIntervals(Analysis a) {
    return a.uncertainty() != null && a.uncertainty().summary() != null;
  }

  /** A scenario with no measures stated against the base year is the base itself. */
  static boolean isBaseItself(Analysis a, Delta d) {
    return "base".equals(d.reference().id()) && a.job().spec().scenarios().stream()
        .anyMatch(s -> s.id().equals(d.scenario().id()) && (s.measures() == null || s.measures().isEmpty()));
  }

  static String label(Analysis a, Delta d) {
    return "base".equals(d.reference().id()) ? "base year " + baseYear(a) : d.reference().label();
  }

  static String baseYear(Analysis a) {
    Integer y = a.job().spec().baseline().year();
    return y == null ? "" : String.valueOf(y);
  }
}
