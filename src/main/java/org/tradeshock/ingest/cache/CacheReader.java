package org.tradeshock.ingest.cache;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tradeshock.ingest.mirror.ReportedFlow;
import org.tradeshock.ingest.quality.Selection;

/**
 * Reads the Parquet cache for a {@link Selection}, with Spark for large selections and in the driver
 * for small ones. With Spark, only the partition folders of the
 * selected years and HS chapters are handed to Spark, and the product prefix and country conditions
 * are pushed down to the Parquet scan; the small result is collected and converted to records.
 */
public final class CacheReader {
  /** The explicit schema of the cache files (partition columns last). */
  static final StructType SCHEMA = new StructType()
      .add("reporter", DataTypes.StringType, false)
      .add("partner", DataTypes.StringType, false)
      .add("flow", DataTypes.StringType, false)
      .add("product", DataTypes.StringType, false)
      .add("value_usd", DataTypes.DoubleType, false)
      .add("tonnes", DataTypes.DoubleType, true)
      .add("source", DataTypes.StringType, false)
      .add("year", DataTypes.IntegerType, false)
      .add("chapter", DataTypes.IntegerType, false);

  /** Selections whose partition files total less than this are read in the driver without Spark. */
  public static final long LOCAL_READ_LIMIT_BYTES = 256L << 20;

  private CacheReader() {}

  /** Total size of the partition files a selection reads. */
  public static long selectedBytes(FlowCache cache, Selection sel) {
    long total = 0;
    for (Path dir : cache.partitions(sel)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.toList()) {
          total += Files.size(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + dir, e);
      }
    }
    return total;
  }

  /**
   * Reads the selection in the driver with the Parquet library, without Spark: for small selections
   * (one HS chapter of a few years is a few megabytes) Spark's job planning and first-query code
   * generation cost seconds, which is longer than reading the files.
   */
  public static List<ReportedFlow> readLocal(FlowCache cache, Selection sel) {
    List<ReportedFlow> out = new ArrayList<>();
    for (Path dir : cache.partitions(sel)) {
      int year = Integer.parseInt(dir.getParent().getFileName().toString().substring(5));
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".parquet")).sorted().toList()) {
          readFile(p, year, sel, out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read cache partition " + dir, e);
      }
    }
    return out;
  }

  private static void readFile(Path p, int year, Selection sel, List<ReportedFlow> out) throws IOException {
    // a plain configuration: Hadoop's Configuration parses XML resources on first use, which costs
    // about a second of a small warm run
    ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(p), options)) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
      for (PageReadStore pages = r.readNextRowGroup(); pages != null; pages = r.readNextRowGroup()) {
        RecordReader<Group> rr = io.getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0, n = pages.getRowCount(); i < n; i++) {
          Group g = rr.read();
          String product = g.getString("product", 0);
          String reporter = g.getString("reporter", 0);
          String partner = g.getString("partner", 0);
          if (sel.keepsProduct(product) && sel.keepsPair(reporter, partner)) {
            out.add(new ReportedFlow(year, reporter, partner, "X".equals(g.getString("flow", 0)), product,
                g.getDouble("value_usd", 0), g.getFieldRepetitionCount("tonnes") == 0 ? Double.NaN
                    : g.getDouble("tonnes", 0), g.getString("source", 0)));
          }
        }
      }
    }
  }

  /** The selected reports of the cache, in no particular order. */
  public static List<ReportedFlow> read(SparkSession spark, FlowCache cache, Selection sel) {
    List<String> paths = cache.partitions(sel).stream().map(p -> p.toString()).toList();
    List<ReportedFlow> out = new ArrayList<>();
    if (paths.isEmpty()) {
      return out;
    }
    Dataset<Row> df = spark.read().schema(SCHEMA).option("basePath", cache.flowsDir().toString())
        .parquet(paths.toArray(String[]::new));
    Column keep = null;
    for (String p : sel.hsPrefixes()) {
      Column c = col("product").startsWith(p);
      keep = keep == null ? c : keep.or(c);
    }
    if (!sel.countries().isEmpty()) {
      Object[] cs = sel.countries().toArray();
      Column c = col("reporter").isin(cs).or(col("partner").isin(cs));
      keep = keep == null ? c : keep.and(c);
    }
    if (keep != null) {
      df = df.filter(keep);
    }
    for (Row r : df.select("year", "reporter", "partner", "flow", "product", "value_usd", "tonnes", "source")
        .collectAsList()) {
      out.add(new ReportedFlow(r.getInt(0), r.getString(1), r.getString(2), "X".equals(r.getString(3)),
          r.getString(4), r.getDouble(5), r.isNullAt(6) ? Double.NaN : r.getDouble(6), r.getString(7)));
    }
    return out;
  }
}
