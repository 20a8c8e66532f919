package org.tradeshock.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tradeshock.common.Checks;

/**
 * A table of already-formatted cells with an id (its CSV is {@code tables/<id>.csv}), a caption and
 * an optional note (sources, units, caveats; may be empty).
 *
 * <p>Cells keep the text to display and, for numbers, the raw value written to the CSV so that
 * analysts get full precision. Build tables with {@link #builder(String, String)}.
 */
public record Table(String id, String caption, List<Column> columns, List<List<Cell>> rows, String note)
    implements Block {

  /** How a column is aligned and exported. */
  public enum Kind {
    /** Left-aligned text. */
    TEXT,
    /** Right-aligned number. */
    NUMBER
  }

  /**
   * A column header.
   *
   * @param name the header text, with units, e.g. {@code "Exports (kt K2O)"}
   * @param kind text or number
   * @param decimals digits after the decimal point used by {@link Builder#row(Object...)} to format
   *     numbers; ignored for text columns
   */
  public record Column(String name, Kind kind, int decimals) {
    /** Validates the name and the number of decimals (0 to 10). */
    public Column {
      Checks.nonBlank("column name", name);
      Objects.requireNonNull(kind, "column kind");
      Checks.check(decimals >= 0 && decimals <= 10, "column %s: decimals must be in [0, 10] but was %d", name, decimals);
    }

    /** A text column. */
    public static Column text(String name) {
      return new Column(name, Kind.TEXT, 0);
    }

    /** A number column formatted with the given decimals. */
    public static Column number(String name, int decimals) {
      return new Column(name, Kind.NUMBER, decimals);
    }
  }

  /**
   * One cell: the text shown in the report and an optional raw value for the CSV.
   *
   * @param text the formatted text, may be empty
   * @param value the raw number, or null for text cells and empty cells
   */
  public record Cell(String text, Double value, String qualifier) {
    /** Validates that the text is not null (use "" for an empty cell); no qualifier is "". */
    public Cell {
      Objects.requireNonNull(text, "cell text");
      qualifier = qualifier == null ? "" : qualifier;
    }

    /** A cell without a qualifier. */
    public Cell(String text, Double value) {
      this(text, value, "");
    }

    /** A text cell. */
    public static Cell text(String text) {
      return new Cell(text, null);
    }

    /** A number cell shown as {@code text} and exported as {@code value}. */
    public static Cell number(String text, double value) {
      return new Cell(text, value);
    }

    /**
     * A number cell with a qualifier shown after it, such as an interval {@code [+6.8%, +27.9%]} or
     * {@code (calibrated)}; exported as {@code value} alone. HTML puts the qualifier below the number.
     */
    public static Cell qualified(String text, String qualifier, double value) {
      return new Cell(text, value, qualifier);
    }

    /** A number cell formatted with {@code decimals} digits and thousands separators, in {@link Locale#ROOT}. */
    public static Cell number(double value, int decimals) {
      return new Cell(Format.number(value, decimals), value);
    }

    /** The text with its qualifier, as plain-text formats show it. */
    public String shown() {
      return qualifier.isEmpty() ? text : text + " " + qualifier;
    }
  }

  /** Validates ids and shapes and copies the lists; the note may be null (meaning empty). */
  public Table {
    Ids.check("table", id);
    Checks.nonBlank("table caption", caption);
    columns = List.copyOf(columns);
    Checks.check(!columns.isEmpty(), "table %s needs at least one column", id);
    List<List<Cell>> copy = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = List.copyOf(rows.get(r));
      Checks.check(
          row.size() == columns.size(),
          "table %s, row %d: has %d cells but the table has %d columns",
          id,
          r,
          row.size(),
          columns.size());
      copy.add(row);
    }
    rows = List.copyOf(copy);
    note = note == null ? "" : note;
  }

  /** Starts a table; add columns first, then rows. */
  public static Builder builder(String id, String caption) {
    return new Builder(id, caption);
  }

  /** Collects columns, rows and a note for a {@link Table}; not thread-safe, use once. */
  public static final class Builder {
    private final String id;
    private final String caption;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();
    private String note = "";

    private Builder(String id, String caption) {
      this.id = id;
      this.caption = caption;
    }

    /** Adds a left-aligned text column. */
    public Builder text(String name) {
      columns.add(Column.text(name));
      return this;
    }

    /** Adds a right-aligned number column formatted with {@code decimals} digits. */
    public Builder number(String name, int decimals) {
      columns.add(Column.number(name, decimals));
      return this;
    }

    /**
     * Adds a row; each value is a {@link Cell} (kept as is), a {@link Number} (formatted with its
     * column's decimals, raw value kept for the CSV), null (empty cell) or anything else (its
     * {@code toString()} as text).
     */
    public Builder row(Object... values) {
      Checks.check(
          values.length == columns.size(),
          "table %s, row %d: has %d values but the table has %d columns",
          id,
          rows.size(),
          values.length,
          columns.size());
      List<Cell> row = new ArrayList<>(values.length);
      for (int i = 0; i < values.length; i++) {
        row.add(toCell(values[i], columns.get(i)));
      }
      rows.add(row);
      return this;
    }

    /** Sets the note shown under the table (sources, units, caveats). */
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /** Builds and validates the table. */
    public Table build() {
      return new Table(id, caption, columns, rows, note);
    }

    private static Cell toCell(Object value, Column column) {
      if (value == null) {
        return Cell.text("");
      }
      if (value instanceof Cell c) {
        return c;
      }
      if (value instanceof Number n) {
        return Cell.number(n.doubleValue(), column.decimals());
      }
      return Cell.text(value.toString());
    }
  }
}
