package org.tradeshock.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Locale-independent number formatting shared by tables and CSV export. */
final class Format {
  private Format() {}

  /** Display text: thousands separators and fixed decimals, e.g. {@code -1,234.5}; NaN gives "n/a". */
  static String number(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
    // "-0.0" would read as a loss that does not exist.
    return text.matches("-[0.,]+") ? text.substring(1) : text;
  }

  /** Full-precision CSV text without exponent or grouping, e.g. {@code 1234.5678}; NaN gives "". */
  static String raw(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
