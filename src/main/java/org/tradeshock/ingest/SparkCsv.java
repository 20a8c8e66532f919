package org.tradeshock.ingest;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads a validated CSV into Spark with an explicit schema (never inferred), adding the optional
 * columns the file leaves out as nulls so that downstream code always sees the full schema.
 */
public final class SparkCsv {
  private SparkCsv() {}

  /**
   * Validates {@code file} against {@code schema} line by line, then reads it with Spark.
   *
   * @throws org.tradeshock.common.BadInputException for the first bad header, line or cell
   */
  public static Dataset<Row> read(SparkSession spark, Path file, CsvSchema schema) {
    List<String> header = CsvValidator.validate(file, schema);
    Dataset<Row> ds = spark.read()
        .option("header", "true")
        .option("mode", "FAILFAST")
        .option("encoding", "UTF-8")
        .option("enforceSchema", "true")
        .schema(schema.sparkSchema(header))
        .csv(file.toAbsolutePath().toString());
    Column[] cols = schema.columns().stream()
        .map(c -> header.contains(c.name()) ? functions.col(c.name())
            : functions.lit(null).cast(c.sparkType()).as(c.name()))
        .toArray(Column[]::new);
    return ds.select(cols);
  }
}
