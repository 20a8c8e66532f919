package org.tradeshock.bench;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tradeshock.ingest.SparkSessions;

/** Benchmark peer: the fixed cost of opening the tuned Spark session and running one tiny query. */
public final class SparkFloor {
  private SparkFloor() {}

  /** Reads the CSV named by the first argument, groups it, and stops. */
  public static void main(String[] args) {
    SparkSession spark = SparkSessions.open("local[*]", "floor");
    StructType schema = new StructType().add("year", DataTypes.IntegerType).add("flow", DataTypes.StringType)
        .add("v", DataTypes.DoubleType);
    long n = spark.read().option("header", "true").schema(schema).csv(args[0]).groupBy("flow").count().count();
    spark.stop();
    System.out.println(n);
  }
}
