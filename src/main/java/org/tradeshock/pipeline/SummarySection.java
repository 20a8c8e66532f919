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
      blocks.add(new Paragraph("**Check against the data.** "
          + a.observed().sentence(a.job().spec().notesOrEmpty().priceCheck())));
    }
    if (a.inputs().baseline().estimated()) {
      String commodity = a.job().spec().commodity();
      blocks.add(Callout.warning("The base-year bilateral matrix is **estimated** (RAS balancing of exporter and"
          + " importer totals with known bilateral shares fixed): the job gives no bilateral "
          + (commodity == null ? "" : commodity + " ") + "matrix."
          + " Bilateral figures are model estimates, not observations. See Method."));
    }
    return new Section("summary", "Summary", blocks);
  }

  static Table table(Analysis a, Headline h) {
    JobSpec.Focus f = a.job().spec().focus();
    Table.Builder t = Table.builder("headline", "Headline results: each scenario against the state it is compared with")
        .text("Scenario").text("Compared with")
        .number(f.exporter() + " export volume (change)", 1).number(f.exporter() + " volume change (kt)", 0)
        .number(f.exporter() + " revenue (change)", 1).number(f.exporter() + " revenue change (USD m)", 0)
        .number("Market price (delivered index, change)", 1);
    boolean hasFixedCell = false;
    for (Map.Entry<String, Delta> e : a.scenarios().deltas().entrySet()) {
      Delta d = e.getValue();
      if (isBaseItself(a, d)) {
        continue;
      }
      int i = h.focus();
      Table.Cell vol = withInterval(a, d, d.volume(i), 0);
      Table.Cell rev = withInterval(a, d, d.revenue(i), 1);
      Table.Cell price = withInterval(a, d, d.marketPrice(), 2);
      hasFixedCell |= isFixed(vol) || isFixed(rev) || isFixed(price);
      Table.Cell kt = amount(a, d, h.tonnesChange(d), 0, a.inputs().baseline().exportTonnes(i), 1e3);
      Table.Cell usd = amount(a, d, d.revenueDifference(i), 1, a.scenarios().baseOutcome().exportRevenue()[i], 1e6);
      t.row(d.scenario().label(), label(a, d), vol, kt, rev, usd, price);
    }
    String intervals = !hasIntervals(a) ? "" : " In brackets: 90% Monte Carlo interval (P5 to P95), see Uncertainty.";
    if (hasFixedCell) {
      intervals += " No interval where the value is the same in every draw: \"calibrated\" marks the calibration"
          + " target itself (" + String.join(", ", a.job().spec().calibration().unknowns()) + " re-solved in every draw"
          + " so that the " + a.job().spec().calibration().scenario()
          + " scenario reproduces it), and \"fixed by the calibration target\" a change that follows from that target"
          + " alone, whatever the elasticities (a scenario that restores the base year, compared with the calibrated"
          + " state, moves by 1/(1 + target) - 1" + (calibratesCapacity(a) ? "; a scenario where the calibrated"
          + " capacity still binds holds the exporter's volume at the calibrated limit" : "") + ").";
    }
    String beside = a.observed() == null ? "." : "; the delivered price in " + h.priceRegion() + " is set beside"
        + " the observed price in Model against the data.";
    return t.note(volumeUnits(a) + "; money in USD of the base year. Market price: the import-weighted delivered price"
        + " index, i.e. importers' composite prices (what buyers pay, wedges included) weighted by base import values."
        + " Each exporter's fob price, each importer's delivered price and welfare by country are in the scenario"
        + " comparison" + beside + intervals).build();
  }

  /**
   * What a volume counts: tonnes of the baseline's product where the job names one, else
   * quantities at base-year prices (a flows table may give values only).
   */
  static String volumeUnits(Analysis a) {
    String product = a.job().spec().baseline().product();
    if (product == null) {
      return "Volume changes are changes of quantities at base-year prices; tonnes only where the data give them";
    }
    return "Volumes in " + product + " tonnes of the base year"
        + (a.inputs().baseline().estimated() ? " (bilateral flows estimated, see Method)" : "");
  }

  /**
   * A percentage cell, with its 90% interval when the run has a Monte Carlo. An interval of zero
   * width is not shown: with re-calibration in every draw, the calibration target (and any change
   * that follows from it alone) is the same in every draw, and the cell says so instead.
   */
  static Table.Cell withInterval(Analysis a, Delta d, double value, int metric) {
    if (!hasIntervals(a)) {
      return Fmt.pct(value);
    }
    Intervals iv = Intervals.of(a.uncertainty().summary(), d.scenario().id(), reference(d), metric(a, metric));
    return cell(value, iv, fixedReason(a, d));
  }

  /**
   * An amount (tonnes or USD, shown in thousands or millions by {@code unit}) with its 90% interval:
   * the Monte Carlo metric {@code metric} is a change from the base-year level {@code baseLevel}, so
   * the amount of each draw is {@code baseLevel} times the difference of the two changes.
   */
  static Table.Cell amount(Analysis a, Delta d, double value, int metric, double baseLevel, double unit) {
    Table.Cell plain = Table.Cell.number(Fmt.signed(value / unit), value / unit);
    if (!hasIntervals(a)) {
      return plain;
    }
    Intervals iv = Intervals.ofDifference(a.uncertainty().summary(), d.scenario().id(), reference(d),
        metric(a, metric), baseLevel);
    if (isZeroWidth(value, iv)) {
      return Table.Cell.qualified(plain.text(), "(" + fixedReason(a, d) + ")", value / unit);
    }
    return Table.Cell.qualified(plain.text(), "[" + Fmt.signed(iv.p5() / unit) + ", " + Fmt.signed(iv.p95() / unit) + "]",
        value / unit);
  }

  /** The Monte Carlo metric of a headline column: 0 volume, 1 revenue of the focus exporter, 2 market price. */
  static String metric(Analysis a, int k) {
    String f = a.job().spec().focus().exporter();
    return new String[] {"export volume change " + f, "export revenue change " + f, "import price index change"}[k];
  }

  private static String reference(Delta d) {
    return "base".equals(d.reference().id()) ? null : d.reference().id();
  }

  /** The value with its interval, or with {@code reason} in place of an interval of zero width. */
  static Table.Cell cell(double value, Intervals iv, String reason) {
    if (isZeroWidth(value, iv)) {
      return Table.Cell.qualified(Fmt.pctText(value), "(" + reason + ")", value);
    }
    return Table.Cell.qualified(Fmt.pctText(value), iv.range(), value);
  }

  /** Whether every draw gave the same value (to {@link #ZERO_WIDTH}): no interval to show. */
  static boolean isZeroWidth(double value, Intervals iv) {
    return iv.ok() > 0 && Math.abs(iv.p95() - iv.p5()) <= ZERO_WIDTH * Math.max(1, Math.abs(value));
  }

  /** Whether the run has Monte Carlo intervals (a one-at-a-time run has none). */
  static boolean hasIntervals(Analysis a) {
    return a.uncertainty() != null && a.uncertainty().summary() != null;
  }

  /**
   * Intervals narrower than this (relative to the value, at least 1) count as a single value: the
   * Monte Carlo re-calibrates each draw to a scaled residual of 1e-8 (uncertainty.Draws), so a
   * target reproduced in every draw still spreads by about 1e-7; 1e-6 is a ten-thousandth of a
   * percentage point, far below what the report prints.
   */
  static final double ZERO_WIDTH = 1e-6;

  private static boolean calibratesCapacity(Analysis a) {
    return a.calibration() != null
        && a.calibration().names().stream().anyMatch(id -> CapacityUnits.isCapacity(a.job().spec(), id));
  }

  static final String CALIBRATED = "calibrated";
  static final String FIXED_BY_TARGET = "fixed by the calibration target";

  /** Why a value is the same in every draw. */
  static String fixedReason(Analysis a, Delta d) {
    String cal = a.job().spec().calibration() == null ? null : a.job().spec().calibration().scenario();
    if (cal == null || a.calibration() == null) {
      return "the same in every draw";
    }
    if (cal.equals(d.scenario().id()) && "base".equals(d.reference().id())) {
      return CALIBRATED;
    }
    return cal.equals(d.scenario().id()) || cal.equals(d.reference().id()) ? FIXED_BY_TARGET : "the same in every draw";
  }

  private static boolean isFixed(Table.Cell c) {
    return c.qualifier().equals("(" + CALIBRATED + ")") || c.qualifier().equals("(" + FIXED_BY_TARGET + ")");
  }

  /** A scenario with no measures stated against the base year is the base itself. */
  static boolean isBaseItself(Analysis a, Delta d) {
    return "base".equals(d.reference().id()) && a.job().spec().scenarios().stream()
        .anyMatch(s -> s.id().equals(d.scenario().id()) && (s.measures() == null || s.measures().isEmpty()));
  }

  static String label(Analysis a, Delta d) {
    String year = baseYear(a);
    return "base".equals(d.reference().id()) ? (year.isEmpty() ? "the base year" : "base year " + year)
        : d.reference().label();
  }

  static String baseYear(Analysis a) {
    Integer y = a.job().spec().baseline().year();
    return y == null ? "" : String.valueOf(y);
  }
}
