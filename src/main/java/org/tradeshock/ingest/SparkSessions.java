package org.tradeshock.ingest;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Opens the one Spark session a run uses, tuned for the small-to-medium jobs of this tool.
 *
 * <p>Implementation notes: an untuned local session costs 10-16 s of fixed start-up on a 2-core
 * machine. Most of it is the UI server, the default 200 shuffle partitions and adaptive query
 * planning on tiny inputs; they are switched off or down here. The master comes from the caller
 * (the CLI's {@code --master} or the job file), never hard-coded, so the same job runs on a cluster
 * by passing its master URL.
 */
public final class SparkSessions {
  /** The master used when neither the command line nor the job names one. */
  public static final String DEFAULT_MASTER = "local[*]";

  private SparkSessions() {}

  /**
   * Opens (or returns the active) session for {@code master} with {@code appName}.
   *
   * @param master a Spark master URL: {@code local[*]}, {@code local[2]}, {@code spark://host:7077}
   * @param appName the application name shown in cluster UIs
   * @return a session; close it with {@link SparkSession#stop()} (it is {@link AutoCloseable})
   */
  public static SparkSession open(String master, String appName) {
    if (System.getenv("SPARK_LOCAL_IP") == null && System.getProperty("spark.driver.host") == null
        && master.startsWith("local")) {
      // The machine's default interface is not loopback; local mode needs nothing else.
      System.setProperty("spark.driver.host", "127.0.0.1");
      System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    SparkSession.Builder b = SparkSession.builder()
        .appName(appName)
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, cores * 2)))
        .config("spark.default.parallelism", String.valueOf(Math.max(2, cores)))
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    String jar = applicationJar();
    if (jar != null && !master.startsWith("local")) {
      // Executors on a cluster need the application classes for lambdas and encoders.
      b = b.config("spark.jars", jar);
    }
    return b.getOrCreate();
  }

  /** Path of the jar this class was loaded from, or null when running from classes (tests). */
  static String applicationJar() {
    try {
      var src = SparkSessions.class.getProtectionDomain().getCodeSource();
      if (src == null) {
        return null;
      }
      String p = java.nio.file.Path.of(src.getLocation().toURI()).toString();
      return p.toLowerCase(Locale.ROOT).endsWith(".jar") ? p : null;
    } catch (java.net.URISyntaxException | SecurityException e) {
      return null;
    }
  }
}
