package org.tradeshock.pipeline;

import java.util.Locale;
import org.tradeshock.report.Table;

/** Number formatting for report cells, locale-independent. */
final class Fmt {
  private Fmt() {}

  /** A signed percentage cell, e.g. +12.5%, keeping the fraction as the CSV value. */
  static Table.Cell pct(double fraction) {
    return Table.Cell.number(pctText(fraction), fraction);
  }

  static String pctText(double fraction) {
    if (Double.isNaN(fraction)) {
      return "n/a";
    }
    if (Double.isInfinite(fraction)) {
      return fraction > 0 ? "from zero" : "-100%";
    }
    // Round first so that -0.0004 does not print as "-0.0%".
    double pct = Math.round(1000 * fraction) / 10.0;
    return pct == 0 ? "0.0%" : String.format(Locale.ROOT, "%+.1f%%", pct);
  }

  /** A share as an unsigned percentage cell, e.g. 17.6%, keeping the fraction as the CSV value. */
  static Table.Cell share(double fraction) {
    return Table.Cell.number(shareText(fraction), fraction);
  }

  /** "17.6%": a level, not a change, so no sign. */
  static String shareText(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f%%", 100 * fraction) : "n/a";
  }

  /** A signed amount in millions, e.g. +512 (USD m). */
  static Table.Cell millions(double usd) {
    return Table.Cell.number(signed(usd / 1e6), usd / 1e6);
  }

  /** A signed amount of thousand tonnes. */
  static Table.Cell kt(double tonnes) {
    return Table.Cell.number(signed(tonnes / 1e3), tonnes / 1e3);
  }

  /** A signed whole number with thousands separators; zero (also after rounding) is shown as 0. */
  static String signed(double v) {
    if (!Double.isFinite(v)) {
      return "n/a";
    }
    return Math.round(v) == 0 ? "0" : String.format(Locale.ROOT, "%+,.0f", v);
  }

  /** A plain number with decimals and thousands separators. */
  static Table.Cell num(double v, int decimals) {
    return Table.Cell.number(String.format(Locale.ROOT, "%,." + decimals + "f", v), v);
  }

  static String f(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
