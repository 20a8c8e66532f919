package org.tradeshock.datasets;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tradeshock.common.BadInputException;

/** One data record of a {@link CsvFile} with typed getters that report the bad cell. */
final class CsvRow {
  private final Path file;
  private final long line;
  private final Map<String, Integer> index;
  private final List<String> cells;

  CsvRow(Path file, long line, Map<String, Integer> index, List<String> cells) {
    this.file = file;
    this.line = line;
    this.index = index;
    this.cells = cells;
  }

  long line() {
    return line;
  }

  Path file() {
    return file;
  }

  /** The raw cell, trimmed; empty when blank. */
  String raw(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalStateException("no column " + column + " in " + file);
    }
    return cells.get(i).trim();
  }

  /** A non-empty text cell. */
  String text(String column) {
    String v = raw(column);
    if (v.isEmpty()) {
      throw bad(column, v, "a non-empty text");
    }
    return v;
  }

  /** A text cell restricted to {@code allowed}. */
  String oneOf(String column, Set<String> allowed) {
    String v = raw(column);
    if (!allowed.contains(v)) {
      throw bad(column, v, "one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
    }
    return v;
  }

  /** A three-letter upper-case code such as an ISO 3166 alpha-3 country code. */
  String iso3(String column) {
    String v = raw(column);
    if (!v.matches("[A-Z]{3}")) {
      throw bad(column, v, "a three-letter upper-case ISO3 code");
    }
    return v;
  }

  /** A finite number; {@code NaN} when the cell is empty and {@code optional}. */
  double number(String column, boolean optional) {
    String v = raw(column);
    if (v.isEmpty() && optional) {
      return Double.NaN;
    }
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d) && v.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the column
    }
    throw bad(column, v, optional ? "a number with '.' decimals or empty" : "a number with '.' decimals");
  }

  /** A finite number &gt;= 0; {@code NaN} when the cell is empty and {@code optional}. */
  double nonNegative(String column, boolean optional) {
    double d = number(column, optional);
    if (d < 0) {
      throw bad(column, raw(column), optional ? "a number >= 0 or empty" : "a number >= 0");
    }
    return d;
  }

  /** An integer in {@code [min, max]}. */
  int integer(String column, int min, int max) {
    String v = raw(column);
    try {
      int i = Integer.parseInt(v);
      if (i >= min && i <= max) {
        return i;
      }
    } catch (NumberFormatException e) {
      // reported below with the column
    }
    throw bad(column, v, String.format(Locale.ROOT, "an integer in %d..%d", min, max));
  }

  /** A date written {@code YYYY-MM-DD}. */
  LocalDate date(String column) {
    String v = raw(column);
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(v);
      }
    } catch (DateTimeParseException e) {
      // reported below with the column
    }
    throw bad(column, v, "a date 'YYYY-MM-DD'");
  }

  /** {@code true} or {@code false}. */
  boolean bool(String column) {
    return oneOf(column, Set.of("true", "false")).equals("true");
  }

  /** The exception for a bad cell in this row. */
  BadInputException bad(String column, String value, String expected) {
    return BadInputException.atLine(file, line, String.format(Locale.ROOT,
        "column %s: '%s' is not %s", column, value, expected));
  }

  /** The exception for a record constructor that rejected this row. */
  BadInputException rejected(IllegalArgumentException e) {
    return new BadInputException(file.toString(), "line " + line, e.getMessage(), e);
  }
}
