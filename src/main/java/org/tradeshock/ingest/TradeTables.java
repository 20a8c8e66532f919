package org.tradeshock.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tradeshock.baseline.RegionTotals;
import org.tradeshock.datasets.TradeTotal;

/**
 * The Spark path for the trade-flow tables a job names: country totals ({@code trade_totals}) and
 * bilateral flows ({@code flows}). Files are validated line by line, read with an explicit schema,
 * filtered and aggregated in Spark, and only the small results are collected.
 */
public final class TradeTables {
  /** Columns of a trade totals table. */
  public static final CsvSchema TOTALS = new CsvSchema("trade totals", List.of(
      CsvSchema.Column.integer("year"),
      CsvSchema.Column.text("iso3"),
      CsvSchema.Column.text("country"),
      CsvSchema.Column.oneOf("flow", TradeTotal.FLOWS),
      CsvSchema.Column.oneOf("product", TradeTotal.PRODUCTS),
      CsvSchema.Column.number("tonnes", 0).orEmpty(),
      CsvSchema.Column.number("value_usd", 0).orEmpty(),
      CsvSchema.Column.text("flag").orEmpty(),
      CsvSchema.Column.text("source")));

  /** Columns of a bilateral flows table; tariff is optional (ad valorem, 0.05 = 5%). */
  public static final CsvSchema FLOWS = new CsvSchema("bilateral flows", List.of(
      CsvSchema.Column.text("exporter"),
      CsvSchema.Column.text("importer"),
      CsvSchema.Column.number("value", 0),
      CsvSchema.Column.number("tariff", 0).optionalInFile()));

  private final Dataset<Row> totals;

  private TradeTables(Dataset<Row> totals) {
    this.totals = totals;
  }

  /** Reads a trade totals file (validated) and caches it for the several queries of a run. */
  public static TradeTables readTotals(SparkSession spark, Path file) {
    return new TradeTables(SparkCsv.read(spark, file, TOTALS).cache());
  }

  /** Every row as a record, for the claims checker and charts (the table is small). */
  public List<TradeTotal> rows() {
    List<TradeTotal> out = new ArrayList<>();
    for (Row r : totals.collectAsList()) {
      out.add(new TradeTotal(r.getInt(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
          number(r, 5), number(r, 6), r.isNullAt(7) ? "" : r.getString(7), r.getString(8)));
    }
    return out;
  }

  /**
   * Exporter and importer totals of one year and product, aggregated to model regions in Spark.
   *
   * @param year the base year
   * @param product product label (e.g. MOP)
   * @param regions region code to member ISO3 codes; member {@code rest} takes every other country
   * @return totals in region order; countries in no region (when there is no rest) are left out
   */
  public RegionTotals regionTotals(int year, String product, Map<String, List<String>> regions) {
    SparkSession spark = totals.sparkSession();
    List<Row> map = new ArrayList<>();
    String rest = null;
    Set<String> multi = new HashSet<>();
    for (Map.Entry<String, List<String>> e : regions.entrySet()) {
      for (String iso : e.getValue()) {
        if ("rest".equals(iso)) {
          rest = e.getKey();
        } else {
          map.add(org.apache.spark.sql.RowFactory.create(iso, e.getKey()));
        }
      }
      if (e.getValue().size() > 1 || e.getValue().contains("rest")) {
        multi.add(e.getKey());
      }
    }
    StructType mapSchema = new StructType().add("iso3", DataTypes.StringType).add("region", DataTypes.StringType);
    Dataset<Row> regionOf = broadcast(spark.createDataFrame(map, mapSchema));
    Dataset<Row> joined = totals.filter(col("year").equalTo(year).and(col("product").equalTo(product)))
        .join(regionOf, totals.col("iso3").equalTo(regionOf.col("iso3")), "left")
        .withColumn("r", rest == null ? col("region") : coalesce(col("region"), lit(rest)))
        .filter(col("r").isNotNull());
    List<Row> agg = joined.groupBy(col("r"), col("flow"))
        .agg(sum(when(col("tonnes").isNull(), 0).otherwise(col("tonnes"))).as("t"),
            sum(col("value_usd")).as("v"))
        .collectAsList();
    return toTotals(new ArrayList<>(regions.keySet()), agg, multi);
  }

  private static RegionTotals toTotals(List<String> order, List<Row> agg, Set<String> multi) {
    int n = order.size();
    double[] xt = new double[n];
    double[] xv = new double[n];
    double[] mt = new double[n];
    java.util.Arrays.fill(xv, Double.NaN);
    for (Row r : agg) {
      int k = order.indexOf(r.getString(0));
      if (TradeTotal.EXPORT.equals(r.getString(1))) {
        xt[k] = r.getDouble(2);
        xv[k] = r.isNullAt(3) ? Double.NaN : r.getDouble(3);
      } else {
        mt[k] = r.getDouble(2);
      }
    }
    return new RegionTotals(order, xt, xv, mt, multi);
  }

  /**
   * Reads a bilateral flows table and sums it by exporter and importer in Spark.
   *
   * @return one entry per pair: value (USD) and the value-weighted tariff
   */
  public static Map<List<String>, double[]> readFlows(SparkSession spark, Path file) {
    Dataset<Row> ds = SparkCsv.read(spark, file, FLOWS);
    List<Row> rows = ds.withColumn("t", coalesce(col("tariff"), lit(0.0)))
        .groupBy("exporter", "importer")
        .agg(sum("value").as("value"), sum(col("value").multiply(col("t"))).as("vt"))
        .collectAsList();
    Map<List<String>, double[]> out = new HashMap<>();
    for (Row r : rows) {
      double v = r.getDouble(2);
      out.put(List.of(r.getString(0), r.getString(1)), new double[] {v, v > 0 ? r.getDouble(3) / v : 0});
    }
    return out;
  }

  private static double number(Row r, int k) {
    return r.isNullAt(k) ? Double.NaN : r.getDouble(k);
  }
}
