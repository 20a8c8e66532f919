package org.tradeshock.ingest.cache;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
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
 * Reads the Parquet cache with Spark for a {@link Selection}: only the partition folders of the
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

  private CacheReader() {}

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
