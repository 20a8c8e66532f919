package org.tradeshock.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tradeshock.common.Checks;

/**
 * The expected columns of a CSV table: name, type, whether a value is required, and the allowed
 * values or minimum. Used both for the line-precise validation pass and for Spark's explicit schema.
 *
 * @param table a name for messages, e.g. "trade totals"
 * @param columns the columns; optional columns may be absent from the file
 */
public record CsvSchema(String table, List<Column> columns) {

  /** Column types. */
  public enum Type {
    /** Free text (codes stay text: 039994 keeps its zero). */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number with '.' as separator. */
    NUMBER
  }

  /**
   * One column.
   *
   * @param name header name
   * @param type value type
   * @param required whether every row needs a value (an empty cell means unknown otherwise)
   * @param presentInFile whether the header must contain the column
   * @param min smallest allowed value for numbers (NaN for none)
   * @param allowed allowed values for text (empty for any)
   */
  public record Column(String name, Type type, boolean required, boolean presentInFile, double min, Set<String> allowed) {
    /** Validates the name. */
    public Column {
      Checks.nonBlank("column name", name);
      allowed = Set.copyOf(allowed);
    }

    /** A required text column. */
    public static Column text(String name) {
      return new Column(name, Type.TEXT, true, true, Double.NaN, Set.of());
    }

    /** A required text column with a closed set of values. */
    public static Column oneOf(String name, Set<String> values) {
      return new Column(name, Type.TEXT, true, true, Double.NaN, values);
    }

    /** A required whole-number column. */
    public static Column integer(String name) {
      return new Column(name, Type.INTEGER, true, true, Double.NaN, Set.of());
    }

    /** A required number column with a minimum. */
    public static Column number(String name, double min) {
      return new Column(name, Type.NUMBER, true, true, min, Set.of());
    }

    /** The same column, with empty cells allowed. */
    public Column orEmpty() {
      return new Column(name, type, false, presentInFile, min, allowed);
    }

    /** The same column, which the file may leave out altogether. */
    public Column optionalInFile() {
      return new Column(name, type, false, false, min, allowed);
    }

    DataType sparkType() {
      return switch (type) {
        case TEXT -> DataTypes.StringType;
        case INTEGER -> DataTypes.IntegerType;
        case NUMBER -> DataTypes.DoubleType;
      };
    }
  }

  /** Validates and copies. */
  public CsvSchema {
    Checks.nonBlank("table", table);
    columns = List.copyOf(columns);
  }

  /** A column by name. */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The Spark schema for the given header order (every column nullable: checks were done before). */
  public StructType sparkSchema(List<String> header) {
    StructType st = new StructType();
    for (String h : header) {
      st = st.add(h, column(h).orElseThrow().sparkType(), true);
    }
    return st;
  }
}
